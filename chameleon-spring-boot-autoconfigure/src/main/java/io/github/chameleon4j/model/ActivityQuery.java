package io.github.chameleon4j.model;

import org.jspecify.annotations.Nullable;


/**
 * Criteria for the per-Experience activity lists: Tour Interactions (by Tour ID) and
 * Microsurvey Responses (by Microsurvey ID).
 * <pre>{@code
 * ActivityQuery.of(tourId).orderByUpdatedAt().expandProfile(ExpandLevel.ALL).page(PageRequest.ofSize(500))
 * }</pre>
 *
 * @param experienceId the Tour or Microsurvey ID (required)
 * @param order {@code created_at} (server default) or {@code updated_at}
 * @param expandProfile embedded profile detail (server default {@code MIN})
 * @param expandCompany embedded company detail (server default {@code MIN})
 * @param page page size and bounds
 */
public record ActivityQuery(String experienceId, @Nullable String order, @Nullable ExpandLevel expandProfile,
		@Nullable ExpandLevel expandCompany, @Nullable PageRequest page) {

	public ActivityQuery {
		Arguments.requireText(experienceId, "experienceId");
		if (order != null && !order.equals("created_at") && !order.equals("updated_at")) {
			throw new IllegalArgumentException("order must be 'created_at' or 'updated_at', was '" + order + "'");
		}
	}

	/**
	 * Activity of one Experience.
	 * @param experienceId the Tour or Microsurvey ID
	 * @return the criteria
	 */
	public static ActivityQuery of(String experienceId) {
		return new ActivityQuery(experienceId, null, null, null, null);
	}

	/**
	 * Orders (and bounds) by last update instead of creation.
	 * @return the copy
	 */
	public ActivityQuery orderByUpdatedAt() {
		return new ActivityQuery(this.experienceId, "updated_at", this.expandProfile, this.expandCompany, this.page);
	}

	/**
	 * Sets the embedded profile detail.
	 * @param level the level
	 * @return the copy
	 */
	public ActivityQuery expandProfile(ExpandLevel level) {
		return new ActivityQuery(this.experienceId, this.order, level, this.expandCompany, this.page);
	}

	/**
	 * Sets the embedded company detail.
	 * @param level the level
	 * @return the copy
	 */
	public ActivityQuery expandCompany(ExpandLevel level) {
		return new ActivityQuery(this.experienceId, this.order, this.expandProfile, level, this.page);
	}

	/**
	 * Sets the page.
	 * @param page the page
	 * @return the copy
	 */
	public ActivityQuery page(PageRequest page) {
		return new ActivityQuery(this.experienceId, this.order, this.expandProfile, this.expandCompany, page);
	}

}
