package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Tag on Experiences.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param uid normalized name or external ID
 * @param name original text
 * @param description the description
 * @param modelsCount Experiences carrying the tag
 * @param disabledAt hidden from the UI when set
 * @param lastSeenAt last add or remove on an Experience
 * @param unknownFields fields this model does not name
 */
public record Tag(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String uid,
		@Nullable String name, @Nullable String description, @Nullable Integer modelsCount, @Nullable Instant disabledAt,
		@Nullable Instant lastSeenAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Tag {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
