package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * An Environment ("Url Group"): a group of domains such as Production or Staging.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param archivedAt archive time
 * @param name the name
 * @param description the description
 * @param shortName up to 3 characters
 * @param styleShortNameColor 6-character hex colour without {@code #}
 * @param unknownFields fields this model does not name
 */
public record Environment(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable Instant archivedAt, @Nullable String name, @Nullable String description, @Nullable String shortName,
		@Nullable String styleShortNameColor, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Environment {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
