package io.github.chameleon4j.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * One rolled-up change: a scalar ({@code create}/{@code destroy}) or a {@code [before, after]} pair.
 *
 * @param name the name
 * @param description the description
 * @param value the value or the pair
 * @param unknownFields fields this model does not name
 */
public record ChangeUpdate(@Nullable String name, @Nullable String description, @Nullable Object value,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ChangeUpdate {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
