package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * One user's current state in one Tour.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param state the state ({@link InteractionState#UNKNOWN} for values this client does not know)
 * @param tourId the Tour
 * @param groupId the parent that started it
 * @param groupKind {@code link}, {@code api_js}, {@code launcher}, {@code experiment}, {@code campaign}
 * @param deferCount times snoozed
 * @param deferUntil end of the current snooze
 * @param goalAt when the Tour's goal was met
 * @param profile the embedded Profile (with its {@code company}), per {@code expand}
 * @param unknownFields fields this model does not name
 */
public record TourInteraction(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable InteractionState state, @Nullable String tourId, @Nullable String groupId, @Nullable String groupKind,
		@Nullable Integer deferCount, @Nullable Instant deferUntil, @Nullable Instant goalAt, @Nullable Profile profile,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public TourInteraction {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
