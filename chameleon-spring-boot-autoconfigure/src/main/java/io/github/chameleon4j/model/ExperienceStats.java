package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * All-time aggregates of an Experience.
 *
 * @param startedCount users who saw it
 * @param lastStartedAt most recent view
 * @param completedCount users who completed it
 * @param lastCompletedAt most recent completion
 * @param exitedCount users who dismissed it
 * @param lastExitedAt most recent dismissal
 * @param unknownFields fields this model does not name
 */
public record ExperienceStats(@Nullable Long startedCount, @Nullable Instant lastStartedAt,
		@Nullable Long completedCount, @Nullable Instant lastCompletedAt, @Nullable Long exitedCount,
		@Nullable Instant lastExitedAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ExperienceStats {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
