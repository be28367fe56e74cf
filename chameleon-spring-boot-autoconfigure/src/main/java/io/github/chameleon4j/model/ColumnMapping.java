package io.github.chameleon4j.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * Maps a CSV column to a property key (unknown keys are created).
 *
 * @param name the CSV header
 * @param prop the property key
 * @param unknownFields fields this model does not name
 */
public record ColumnMapping(@Nullable String name, @Nullable String prop,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ColumnMapping {
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * A mapping.
	 * @param name the CSV header
	 * @param prop the property key, e.g. {@code uid} or {@code email}
	 * @return the mapping
	 */
	public static ColumnMapping of(String name, String prop) {
		return new ColumnMapping(Arguments.requireText(name, "name"), Arguments.requireText(prop, "prop"), Map.of());
	}

}
