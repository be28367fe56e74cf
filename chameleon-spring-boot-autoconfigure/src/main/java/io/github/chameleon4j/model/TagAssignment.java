package io.github.chameleon4j.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * The final Tag set of one model after a bulk tag update.
 *
 * @param modelId the model ID
 * @param modelType {@code Campaign}, {@code Tooltip} or {@code List}
 * @param tagIds the Tag IDs it now carries
 * @param unknownFields fields this model does not name
 */
public record TagAssignment(@Nullable String modelId, @Nullable String modelType, List<String> tagIds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public TagAssignment {
		tagIds = ModelSupport.copy(tagIds);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
