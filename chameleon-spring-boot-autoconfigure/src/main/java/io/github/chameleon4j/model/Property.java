package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A data Property: the registry entry of a custom property seen on profiles, companies or events.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name display name
 * @param description the description
 * @param kind what the property describes
 * @param prop normalized key, e.g. {@code plan_cost}
 * @param integration source integration, e.g. {@code api}
 * @param lastSeenAt last time set or removed
 * @param types observed value types
 * @param values recent values, newest first
 * @param unknownFields fields this model does not name
 */
public record Property(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable String description, @Nullable PropertyKind kind, @Nullable String prop, @Nullable String integration,
		@Nullable Instant lastSeenAt, List<String> types, List<Object> values,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Property {
		types = ModelSupport.copy(types);
		values = ModelSupport.copy(values);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
