package io.github.chameleon4j.model;

import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing Deliveries.
 *
 * @param modelId only Deliveries of this Experience, or {@code null}
 * @param profileId only Deliveries for this profile, or {@code null}
 * @param page page size and bounds
 */
public record DeliveryQuery(@Nullable String modelId, @Nullable String profileId, @Nullable PageRequest page) {

	public DeliveryQuery {
		if (modelId != null && modelId.isBlank()) {
			throw new IllegalArgumentException("modelId must not be blank");
		}
		if (profileId != null && profileId.isBlank()) {
			throw new IllegalArgumentException("profileId must not be blank");
		}
	}

	/**
	 * Every Delivery.
	 * @return the criteria
	 */
	public static DeliveryQuery all() {
		return new DeliveryQuery(null, null, null);
	}

	/**
	 * Only Deliveries of an Experience.
	 * @param modelId the Experience ID
	 * @return the copy
	 */
	public DeliveryQuery forExperience(String modelId) {
		return new DeliveryQuery(modelId, this.profileId, this.page);
	}

	/**
	 * Only Deliveries for a profile.
	 * @param profileId the profile ID
	 * @return the copy
	 */
	public DeliveryQuery forProfile(String profileId) {
		return new DeliveryQuery(this.modelId, profileId, this.page);
	}

	/**
	 * Sets the page.
	 * @param page the page
	 * @return the copy
	 */
	public DeliveryQuery page(PageRequest page) {
		return new DeliveryQuery(this.modelId, this.profileId, page);
	}

}
