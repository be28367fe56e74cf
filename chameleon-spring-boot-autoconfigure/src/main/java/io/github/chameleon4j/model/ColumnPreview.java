package io.github.chameleon4j.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A parsed CSV column: its header and the first values.
 *
 * @param name the header
 * @param values the first values
 * @param unknownFields fields this model does not name
 */
public record ColumnPreview(@Nullable String name, List<Object> values,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ColumnPreview {
		values = ModelSupport.copy(values);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
