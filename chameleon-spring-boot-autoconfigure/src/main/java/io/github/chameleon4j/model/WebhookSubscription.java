package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * An outgoing-webhook subscription: where Chameleon posts events.
 *
 * @param id the Chameleon ID
 * @param uid the destination URL
 * @param name the name
 * @param lastItemAt last delivery attempt
 * @param lastItemState {@code valid} or {@code error}
 * @param lastItemError the last non-2xx description
 * @param unknownFields fields this model does not name
 */
public record WebhookSubscription(String id, @Nullable String uid, @Nullable String name,
		@Nullable Instant lastItemAt, @Nullable String lastItemState, @Nullable String lastItemError,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public WebhookSubscription {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
