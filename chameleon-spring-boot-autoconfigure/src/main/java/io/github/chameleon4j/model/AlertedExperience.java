package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * An Experience matched by an Alert Group; {@code kind} says which kind it is.
 *
 * @param id the Chameleon ID
 * @param kind the Experience kind
 * @param name the name
 * @param publishedAt publish time
 * @param tagIds Tag IDs
 * @param unknownFields fields this model does not name
 */
public record AlertedExperience(String id, @Nullable String kind, @Nullable String name,
		@Nullable Instant publishedAt, List<String> tagIds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public AlertedExperience {
		tagIds = ModelSupport.copy(tagIds);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
