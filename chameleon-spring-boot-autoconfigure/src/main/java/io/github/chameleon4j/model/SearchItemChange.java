package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a HelpBar item to write: the whole item for an upsert, or only what changes for a
 * PATCH (other fields keep their values). Immutable.
 * <pre>{@code
 * SearchItemChange.none()
 *     .title("Q2 pipeline report")
 *     .companyUids(List.of("acct-77"))
 *     .actions(List.of(SearchAction.event("Opened report"), SearchAction.navigate("/reports/8812")))
 * }</pre>
 */
public final class SearchItemChange extends ChangeSet {

	private SearchItemChange(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * An empty change to add fields to.
	 * @return the empty change
	 */
	public static SearchItemChange none() {
		return new SearchItemChange(Map.of());
	}

	/**
	 * Sets the title (merge tags allowed).
	 * @param title the title
	 * @return the change
	 */
	public SearchItemChange title(String title) {
		return with("title", Arguments.requireText(title, "title"));
	}

	/**
	 * Sets the description, or clears it with {@code null}.
	 * @param description the description
	 * @return the change
	 */
	public SearchItemChange description(@Nullable String description) {
		return with("description", description);
	}

	/**
	 * Pins the item now, or at the given time, so it shows in the recommended group.
	 * @param at the pin time
	 * @return the change
	 */
	public SearchItemChange pinnedAt(Instant at) {
		return with("pinned_at", Arguments.requireNonNull(at, "at").toString());
	}

	/**
	 * Unpins the item ({@code "pinned_at": null}).
	 * @return the change
	 */
	public SearchItemChange unpin() {
		return with("pinned_at", null);
	}

	/**
	 * Sets the group the item shows in.
	 * @param searchGroupId the SearchGroup ID
	 * @return the change
	 */
	public SearchItemChange searchGroupId(String searchGroupId) {
		return with("search_group_id", Arguments.requireText(searchGroupId, "searchGroupId"));
	}

	/**
	 * Restricts visibility to these profiles (your IDs).
	 * @param profileUids the profile UIDs
	 * @return the change
	 */
	public SearchItemChange profileUids(List<String> profileUids) {
		return with("profile_uids", List.copyOf(Arguments.requireNonNull(profileUids, "profileUids")));
	}

	/**
	 * Restricts visibility to members of these companies (your IDs).
	 * @param companyUids the company UIDs
	 * @return the change
	 */
	public SearchItemChange companyUids(List<String> companyUids) {
		return with("company_uids", List.copyOf(Arguments.requireNonNull(companyUids, "companyUids")));
	}

	/**
	 * Restricts visibility to current members of these Segments.
	 * @param segmentIds the Segment IDs
	 * @return the change
	 */
	public SearchItemChange segmentIds(List<String> segmentIds) {
		return with("segment_ids", List.copyOf(Arguments.requireNonNull(segmentIds, "segmentIds")));
	}

	/**
	 * Sets the icon.
	 * @param icon the icon
	 * @return the change
	 */
	public SearchItemChange icon(SearchIcon icon) {
		return with("icon", Arguments.requireNonNull(icon, "icon"));
	}

	/**
	 * Sets what runs on click, in order (put {@code navigate}/{@code url} last).
	 * @param actions the actions
	 * @return the change
	 */
	public SearchItemChange actions(List<SearchAction> actions) {
		return with("actions", List.copyOf(Arguments.requireNonNull(actions, "actions")));
	}

	/**
	 * Sets the labels on the title.
	 * @param labels the labels
	 * @return the change
	 */
	public SearchItemChange titleLabels(List<SearchLabel> labels) {
		return with("title_labels", List.copyOf(Arguments.requireNonNull(labels, "labels")));
	}

	/**
	 * Sets any other field by its wire name (e.g. {@code profile_ids}).
	 * @param name the wire name
	 * @param value the value, possibly {@code null}
	 * @return the change
	 */
	public SearchItemChange set(String name, @Nullable Object value) {
		return with(Arguments.requireText(name, "name"), value);
	}

	private SearchItemChange with(String name, @Nullable Object value) {
		return new SearchItemChange(plus(name, value));
	}

}
