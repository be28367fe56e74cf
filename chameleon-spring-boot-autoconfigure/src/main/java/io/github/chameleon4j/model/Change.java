package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * One edit in the audit feed.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param experienceId the parent Experience
 * @param modelId the changed model
 * @param modelType e.g. {@code Campaign} or {@code Step}
 * @param kind {@code create}, {@code update}, {@code destroy}, ...
 * @param path key path of the change
 * @param object values (create/destroy) or {@code [before, after]} pairs
 * @param options extra information as {@code [before, after]} pairs
 * @param user the admin who made it
 * @param unknownFields fields this model does not name
 */
public record Change(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable String experienceId, @Nullable String modelId, @Nullable String modelType, @Nullable String kind,
		@Nullable String path, Map<String, Object> object, Map<String, Object> options, @Nullable ChangeAuthor user,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Change {
		object = ModelSupport.copy(object);
		options = ModelSupport.copy(options);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
