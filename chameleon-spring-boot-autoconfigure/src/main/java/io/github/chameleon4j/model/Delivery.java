package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Delivery: one Experience queued for one user. {@code model_kind} is also read from
 * {@code model_type}, which one page of the reference uses.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param modelId the Tour or Microsurvey
 * @param modelKind its kind
 * @param profileId the target profile
 * @param idempotencyKey the at-most-once key
 * @param options merge-tag data
 * @param from not delivered before
 * @param until not delivered after
 * @param useSegmentation whether the audience must match at delivery time
 * @param once whether users who saw the Experience are skipped
 * @param skipTriggers whether first-step triggers are ignored
 * @param skipUrlMatch whether the first-step URL rule is ignored
 * @param at when it was triggered; {@code null} while pending
 * @param atHref page URL where it was triggered
 * @param interactionId the Tour Interaction it produced
 * @param groupKind how it was started
 * @param unknownFields fields this model does not name
 */
public record Delivery(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String modelId,
		@JsonAlias("model_type") @Nullable ModelKind modelKind, @Nullable String profileId,
		@Nullable String idempotencyKey, @Nullable Map<String, Object> options, @Nullable Instant from,
		@Nullable Instant until, @Nullable Boolean useSegmentation, @Nullable Boolean once,
		@Nullable Boolean skipTriggers, @Nullable Boolean skipUrlMatch, @Nullable Instant at, @Nullable String atHref,
		@Nullable String interactionId, @Nullable String groupKind,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Delivery {
		options = ModelSupport.copy(options);
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * Whether the Delivery is still pending (not yet triggered).
	 * @return {@code true} while {@code at} is unset
	 */
	public boolean isPending() {
		return this.at == null;
	}

}
