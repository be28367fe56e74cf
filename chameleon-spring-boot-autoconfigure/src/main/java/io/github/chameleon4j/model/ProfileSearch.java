package io.github.chameleon4j.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;


/**
 * Criteria for profile search and count: members of a Segment and/or filter expressions, with
 * how much of each profile and company to include. Filters are validated on construction.
 * <pre>{@code
 * ProfileSearch.filters(List.of(Filter.property("plan", "in-v", "gold,platinum")))
 * ProfileSearch.segment(segmentId).expandCompany(ExpandLevel.ALL)
 * }</pre>
 *
 * @param segmentId only members of this Segment, or {@code null}
 * @param filters filter expressions (may be empty)
 * @param filtersOp {@code and} (default) or {@code or}
 * @param expandProfile {@code ALL} (server default) or {@code MIN}
 * @param expandCompany {@code ALL}, {@code MIN} (server default) or {@code SKIP}
 * @param page page size and bounds; the reference does not say whether search honours them
 */
public record ProfileSearch(@Nullable String segmentId, List<Filter> filters, @Nullable String filtersOp,
		@Nullable ExpandLevel expandProfile, @Nullable ExpandLevel expandCompany, @Nullable PageRequest page) {

	public ProfileSearch {
		if (segmentId != null && segmentId.isBlank()) {
			throw new IllegalArgumentException("segmentId must not be blank");
		}
		filters = List.copyOf(Arguments.requireNonNull(filters, "filters"));
		for (int i = 0; i < filters.size(); i++) {
			filters.get(i).validate("filters[" + i + "]");
		}
		if (filtersOp != null && !filtersOp.equals("and") && !filtersOp.equals("or")) {
			throw new IllegalArgumentException("filtersOp must be 'and' or 'or', was '" + filtersOp + "'");
		}
		if (expandProfile == ExpandLevel.SKIP) {
			throw new IllegalArgumentException("expandProfile must be ALL or MIN for a profile search");
		}
	}

	/**
	 * Every profile.
	 * @return the criteria
	 */
	public static ProfileSearch all() {
		return new ProfileSearch(null, List.of(), null, null, null, null);
	}

	/**
	 * Members of a Segment.
	 * @param segmentId the Segment ID
	 * @return the criteria
	 */
	public static ProfileSearch segment(String segmentId) {
		return new ProfileSearch(Arguments.requireText(segmentId, "segmentId"), List.of(), null, null, null, null);
	}

	/**
	 * Profiles matching all the filters.
	 * @param filters the filters
	 * @return the criteria
	 */
	public static ProfileSearch filters(List<Filter> filters) {
		return new ProfileSearch(null, filters, null, null, null, null);
	}

	/**
	 * Joins the top-level filters with {@code or} instead of {@code and}.
	 * @return the copy
	 */
	public ProfileSearch anyFilter() {
		return new ProfileSearch(this.segmentId, this.filters, "or", this.expandProfile, this.expandCompany, this.page);
	}

	/**
	 * Sets how much of each profile to include.
	 * @param level {@code ALL} or {@code MIN}
	 * @return the copy
	 */
	public ProfileSearch expandProfile(ExpandLevel level) {
		return new ProfileSearch(this.segmentId, this.filters, this.filtersOp, level, this.expandCompany, this.page);
	}

	/**
	 * Sets how much of each profile's company to include.
	 * @param level {@code ALL}, {@code MIN} or {@code SKIP}
	 * @return the copy
	 */
	public ProfileSearch expandCompany(ExpandLevel level) {
		return new ProfileSearch(this.segmentId, this.filters, this.filtersOp, this.expandProfile, level, this.page);
	}

	/**
	 * Sets the page.
	 * @param page the page
	 * @return the copy
	 */
	public ProfileSearch page(PageRequest page) {
		return new ProfileSearch(this.segmentId, this.filters, this.filtersOp, this.expandProfile, this.expandCompany,
				page);
	}

	/**
	 * The JSON body of a search (with the page) or a count (without).
	 * @param paged whether the page is included
	 * @return the body's fields
	 */
	public Map<String, Object> toBody(boolean paged) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (this.segmentId != null) {
			body.put("segment_id", this.segmentId);
		}
		if (!this.filters.isEmpty()) {
			body.put("filters", this.filters);
			body.put("filters_op", (this.filtersOp != null) ? this.filtersOp : "and");
		}
		Map<String, String> expand = new LinkedHashMap<>();
		if (this.expandProfile != null) {
			expand.put("profile", this.expandProfile.wireValue());
		}
		if (this.expandCompany != null) {
			expand.put("company", this.expandCompany.wireValue());
		}
		if (!expand.isEmpty()) {
			body.put("expand", expand);
		}
		return paged ? PageRequest.putInto(body, this.page) : body;
	}

}
