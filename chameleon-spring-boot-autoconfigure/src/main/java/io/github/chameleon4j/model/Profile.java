package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A User Profile: one identified end-user of your product. Every custom property the server
 * sends (email, name, plan, ...) is kept in {@link #properties()}; nothing is dropped.
 *
 * @param id the Chameleon ID
 * @param createdAt when the profile was created
 * @param updatedAt when any property last changed
 * @param uid your user ID
 * @param companyId the Chameleon ID of the associated Company
 * @param browserX browser width in pixels
 * @param browserTz timezone as an hour offset from UTC
 * @param browserL language code
 * @param browserN browser name
 * @param browserK {@code desktop} or {@code mobile}
 * @param percent stable random value used for A/B experiments
 * @param lastSeenAt last activity on a page running Chameleon
 * @param lastSeenSessionCount number of visits
 * @param deliveryIds pending Delivery IDs, in order
 * @param company the embedded Company, when associated and expanded
 * @param lastClearedAt when the profile was last cleared
 * @param properties every other (custom) property, by its name on the wire
 */
public record Profile(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String uid,
		@Nullable String companyId, @Nullable Integer browserX, @Nullable Double browserTz, @Nullable String browserL,
		@Nullable String browserN, @Nullable String browserK, @Nullable Double percent, @Nullable Instant lastSeenAt,
		@Nullable Integer lastSeenSessionCount, @Nullable List<String> deliveryIds, @Nullable Company company,
		@Nullable Instant lastClearedAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> properties) {

	public Profile {
		properties = ModelSupport.copy(properties);
	}

	/**
	 * A custom property.
	 * @param name the property name as stored (snake_case)
	 * @return the value, or {@code null} when absent
	 */
	@Nullable
	public Object property(String name) {
		return this.properties.get(name);
	}

	/**
	 * The {@code email} custom property, when it is a string.
	 * @return the email, or {@code null}
	 */
	@Nullable
	public String email() {
		return (this.properties.get("email") instanceof String email) ? email : null;
	}

}
