package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Company: one of your customer accounts. Custom properties are kept in {@link #properties()}.
 *
 * @param id the Chameleon ID
 * @param createdAt when the company was created
 * @param uid your company ID
 * @param properties every other (custom) property, by its name on the wire
 */
public record Company(String id, @Nullable Instant createdAt, @Nullable String uid,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> properties) {

	public Company {
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

}
