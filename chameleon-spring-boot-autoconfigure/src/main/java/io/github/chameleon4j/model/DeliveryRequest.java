package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of a Delivery create, validated when built.
 * <pre>{@code
 * DeliveryRequest.of(ModelKind.SURVEY, surveyId).toUid("u-4410")
 *     .until("+14d").once(true).options(Map.of("headline", "Quick question"))
 *     .build();
 * }</pre>
 * Exactly one target ({@code profile_id}, {@code uid} or {@code email}) is required. When no
 * {@code idempotency_key} is set, the client generates one per logical call and reuses it on every
 * attempt, so a retried create never queues the Experience twice. {@code delivery_ids_position}
 * is always sent (default {@code first}), because the reference says it becomes required once a
 * profile holds two pending Deliveries.
 */
public final class DeliveryRequest {

	private static final Set<String> AT_LIMIT = Set.of("error", "drop");

	private final Map<String, Object> body;

	private DeliveryRequest(Map<String, Object> body) {
		this.body = body;
	}

	/**
	 * Starts a request for an Experience.
	 * @param kind {@link ModelKind#TOUR} or {@link ModelKind#SURVEY}
	 * @param modelId the Experience ID
	 * @return a builder
	 */
	public static Builder of(ModelKind kind, String modelId) {
		return new Builder(kind, modelId);
	}

	/**
	 * The target's key: {@code id:...}, {@code uid:...} or {@code email:...}; used to keep one
	 * create per profile in flight.
	 * @return the target key
	 */
	public String targetKey() {
		if (this.body.containsKey("profile_id")) {
			return "id:" + this.body.get("profile_id");
		}
		if (this.body.containsKey("uid")) {
			return "uid:" + this.body.get("uid");
		}
		return "email:" + this.body.get("email");
	}

	/**
	 * The idempotency key, if set.
	 * @return the key or {@code null}
	 */
	@Nullable
	public String idempotencyKey() {
		return (String) this.body.get("idempotency_key");
	}

	/**
	 * A copy carrying the given idempotency key.
	 * @param key the key
	 * @return the copy
	 */
	public DeliveryRequest withIdempotencyKey(String key) {
		Map<String, Object> copy = new LinkedHashMap<>(this.body);
		copy.put("idempotency_key", Arguments.requireText(key, "idempotencyKey"));
		return new DeliveryRequest(copy);
	}

	/**
	 * The JSON body to send.
	 * @return an unmodifiable view of the body
	 */
	public Map<String, Object> toBody() {
		return java.util.Collections.unmodifiableMap(this.body);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof DeliveryRequest that) && this.body.equals(that.body);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.body);
	}

	@Override
	public String toString() {
		return "DeliveryRequest" + this.body;
	}

	/** Builds a {@link DeliveryRequest}. */
	public static final class Builder {

		private final Map<String, Object> body = new LinkedHashMap<>();

		private int targets;

		private Builder(ModelKind kind, String modelId) {
			Arguments.requireNonNull(kind, "kind");
			if (kind == ModelKind.UNKNOWN) {
				throw new IllegalArgumentException("kind must be TOUR or SURVEY");
			}
			this.body.put("model_kind", kind.wireValue());
			this.body.put("model_id", Arguments.requireText(modelId, "modelId"));
		}

		/**
		 * Targets a profile by Chameleon ID.
		 * @param profileId the profile ID
		 * @return this builder
		 */
		public Builder toProfileId(String profileId) {
			return target("profile_id", Arguments.requireText(profileId, "profileId"));
		}

		/**
		 * Targets a profile by your user ID.
		 * @param uid the user ID
		 * @return this builder
		 */
		public Builder toUid(String uid) {
			return target("uid", Arguments.requireText(uid, "uid"));
		}

		/**
		 * Targets a profile by email.
		 * @param email the email
		 * @return this builder
		 */
		public Builder toEmail(String email) {
			return target("email", Arguments.requireText(email, "email"));
		}

		private Builder target(String key, String value) {
			if (!this.body.containsKey(key)) {
				this.targets++;
			}
			this.body.put(key, value);
			return this;
		}

		/**
		 * Sets the at-most-once key (otherwise the client generates one per logical call).
		 * @param key the key
		 * @return this builder
		 */
		public Builder idempotencyKey(String key) {
			this.body.put("idempotency_key", Arguments.requireText(key, "idempotencyKey"));
			return this;
		}

		/**
		 * Sets merge-tag data.
		 * @param options the data
		 * @return this builder
		 */
		public Builder options(Map<String, ?> options) {
			this.body.put("options", Map.copyOf(Arguments.requireNonNull(options, "options")));
			return this;
		}

		/**
		 * Not delivered before this instant.
		 * @param from the instant
		 * @return this builder
		 */
		public Builder from(Instant from) {
			this.body.put("from", Arguments.requireNonNull(from, "from").toString());
			return this;
		}

		/**
		 * Not delivered after this instant.
		 * @param until the instant
		 * @return this builder
		 */
		public Builder until(Instant until) {
			this.body.put("until", Arguments.requireNonNull(until, "until").toString());
			return this;
		}

		/**
		 * Not delivered after a relative interval, e.g. {@code "+30d"}.
		 * @param relative the interval
		 * @return this builder
		 */
		public Builder until(String relative) {
			if (relative == null || !relative.matches("\\+\\d+[smhdw]")) {
				throw new IllegalArgumentException("until must be a relative interval such as \"+30d\", was '" + relative + "'");
			}
			this.body.put("until", relative);
			return this;
		}

		/**
		 * Whether the audience must match at delivery time.
		 * @param value the flag
		 * @return this builder
		 */
		public Builder useSegmentation(boolean value) {
			this.body.put("use_segmentation", value);
			return this;
		}

		/**
		 * Whether users who already saw the Experience are skipped.
		 * @param value the flag
		 * @return this builder
		 */
		public Builder once(boolean value) {
			this.body.put("once", value);
			return this;
		}

		/**
		 * Whether first-step triggers are ignored (server default {@code true}).
		 * @param value the flag
		 * @return this builder
		 */
		public Builder skipTriggers(boolean value) {
			this.body.put("skip_triggers", value);
			return this;
		}

		/**
		 * Whether the first-step URL rule is ignored (server default {@code true}).
		 * @param value the flag
		 * @return this builder
		 */
		public Builder skipUrlMatch(boolean value) {
			this.body.put("skip_url_match", value);
			return this;
		}

		/**
		 * Maximum length of the pending list after this create.
		 * @param limit at least 1
		 * @return this builder
		 */
		public Builder deliveryIdsLimit(int limit) {
			if (limit < 1) {
				throw new IllegalArgumentException("deliveryIdsLimit must be at least 1, was " + limit);
			}
			this.body.put("delivery_ids_limit", limit);
			return this;
		}

		/**
		 * Where to insert into the pending list: {@code first}, {@code last}.
		 * @param position {@code first} or {@code last}
		 * @return this builder
		 */
		public Builder deliveryIdsPosition(String position) {
			if (!"first".equals(position) && !"last".equals(position)) {
				throw new IllegalArgumentException("deliveryIdsPosition must be 'first', 'last' or an index, was '" + position + "'");
			}
			this.body.put("delivery_ids_position", position);
			return this;
		}

		/**
		 * Where to insert into the pending list, as a 0-based index.
		 * @param index at least 0
		 * @return this builder
		 */
		public Builder deliveryIdsPosition(int index) {
			if (index < 0) {
				throw new IllegalArgumentException("deliveryIdsPosition must not be negative, was " + index);
			}
			this.body.put("delivery_ids_position", index);
			return this;
		}

		/**
		 * What to do at the pending limit: {@code error} (409) or {@code drop}.
		 * @param behaviour {@code error} or {@code drop}
		 * @return this builder
		 */
		public Builder deliveryIdsAtLimit(String behaviour) {
			if (!AT_LIMIT.contains(behaviour)) {
				throw new IllegalArgumentException("deliveryIdsAtLimit must be 'error' or 'drop', was '" + behaviour + "'");
			}
			this.body.put("delivery_ids_at_limit", behaviour);
			return this;
		}

		/**
		 * Validates and builds.
		 * @return the request
		 * @throws IllegalArgumentException when not exactly one target was set
		 */
		public DeliveryRequest build() {
			if (this.targets != 1) {
				throw new IllegalArgumentException(
						"target: exactly one of profileId, uid or email is required, " + this.targets + " given");
			}
			this.body.putIfAbsent("delivery_ids_position", "first");
			if ("last".equals(this.body.get("delivery_ids_position")) && "drop".equals(this.body.get("delivery_ids_at_limit"))) {
				throw new IllegalArgumentException("deliveryIdsPosition 'last' cannot be combined with deliveryIdsAtLimit 'drop'");
			}
			return new DeliveryRequest(new LinkedHashMap<>(this.body));
		}

	}

}
