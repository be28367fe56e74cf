package io.github.chameleon4j.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The HelpBar settings to write with the upsert ({@code POST /v3/edit/searches}). Groups are sent
 * as {@code search_groups}, the key the vendor's create/update example uses. Immutable.
 * <pre>{@code
 * HelpBarChange.none().placeholder("Search or ask…").keyUid("k").publish()
 * }</pre>
 */
public final class HelpBarChange extends ChangeSet {

	private HelpBarChange(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * An empty change to add fields to.
	 * @return the empty change
	 */
	public static HelpBarChange none() {
		return new HelpBarChange(Map.of());
	}

	/**
	 * Sets the input placeholder.
	 * @param placeholder the placeholder
	 * @return the change
	 */
	public HelpBarChange placeholder(String placeholder) {
		return with("placeholder", Arguments.requireText(placeholder, "placeholder"));
	}

	/**
	 * Sets the keyboard shortcut.
	 * @param keyUid the shortcut letter, e.g. {@code k}
	 * @param meta whether CMD/CTRL must be held
	 * @return the change
	 */
	public HelpBarChange shortcut(String keyUid, boolean meta) {
		return with("key_uid", Arguments.requireText(keyUid, "keyUid")).with("key_meta", meta);
	}

	/**
	 * Publishes now: {@code "published_at"} is this machine's current time as an ISO-8601
	 * timestamp, the form of the vendor's examples. Users see the HelpBar only once published.
	 * @return the change
	 */
	public HelpBarChange publish() {
		return publishAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Publishes at the given time.
	 * @param at the time
	 * @return the change
	 */
	public HelpBarChange publishAt(Instant at) {
		return with("published_at", Arguments.requireNonNull(at, "at").toString());
	}

	/**
	 * Sets the result sources (sent as {@code search_groups}). Only the fields a client sets are
	 * sent ({@code id} when present, {@code title}, {@code url}, {@code integration}, {@code icon});
	 * what the server fills in ({@code url_options}, timestamps, {@code position}) is left out.
	 * @param groups the groups
	 * @return the change
	 */
	public HelpBarChange searchGroups(List<SearchGroup> groups) {
		List<Map<String, Object>> bodies = new ArrayList<>();
		for (int i = 0; i < Arguments.requireNonNull(groups, "groups").size(); i++) {
			SearchGroup group = Arguments.requireNonNull(groups.get(i), "groups[" + i + "]");
			Map<String, Object> body = new LinkedHashMap<>();
			putIfSet(body, "id", group.id());
			putIfSet(body, "title", group.title());
			putIfSet(body, "url", group.url());
			putIfSet(body, "integration", group.integration());
			putIfSet(body, "icon", group.icon());
			bodies.add(Collections.unmodifiableMap(body));
		}
		return with("search_groups", List.copyOf(bodies));
	}

	private static void putIfSet(Map<String, Object> body, String name, @Nullable Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			body.put(name, value);
		}
	}

	/**
	 * Sets the label themes.
	 * @param themes the themes ({@code style}, {@code style_color_text}, {@code style_color_background})
	 * @return the change
	 */
	public HelpBarChange labelThemes(List<SearchLabelTheme> themes) {
		return with("label_themes", List.copyOf(Arguments.requireNonNull(themes, "themes")));
	}

	/**
	 * Sets any other field by its wire name (e.g. {@code title_recent}, {@code style_color_text}).
	 * @param name the wire name
	 * @param value the value, possibly {@code null}
	 * @return the change
	 */
	public HelpBarChange set(String name, @Nullable Object value) {
		return with(Arguments.requireText(name, "name"), value);
	}

	private HelpBarChange with(String name, @Nullable Object value) {
		return new HelpBarChange(plus(name, value));
	}

}
