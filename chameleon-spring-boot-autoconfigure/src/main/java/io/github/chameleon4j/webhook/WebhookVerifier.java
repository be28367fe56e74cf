package io.github.chameleon4j.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.client.json.LenientInstantDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Verifies a Chameleon webhook request and parses its envelope: signature first (over the raw
 * bytes, constant-time), then JSON, then the {@code sent_at} freshness window. Thread-safe.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder(webhookSecret).tolerance(Duration.ofMinutes(5)).build();
 * WebhookVerification result = verifier.verify(rawBody,
 *         request.getHeader(WebhookHeaders.SIGNATURE), request.getHeader(WebhookHeaders.ID));
 * }</pre>
 */
public final class WebhookVerifier {

	/** Replay window recommended by Chameleon: five minutes either way. */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	/** Default body limit: 1 MiB, far above any documented payload. */
	public static final long DEFAULT_MAX_BODY_SIZE = 1024 * 1024;

	private static final String SHA256_PREFIX = "sha256=";

	private static final Instant LATEST_SENT_AT = Instant.parse("9999-12-31T23:59:59.999999999Z");

	// Our own instance: the application's mapper settings must not change how envelopes are read.
	private static final JsonMapper MAPPER = ChameleonJson.newMapper();

	private final SecretKeySpec key;

	private final Duration tolerance;

	private final long maxBodySize;

	private final Clock clock;

	private WebhookVerifier(Builder builder) {
		this.key = WebhookSignature.key(builder.secret);
		this.tolerance = builder.tolerance;
		this.maxBodySize = builder.maxBodySize;
		this.clock = builder.clock;
	}

	/**
	 * Starts a verifier for the given webhook secret (the one on the dashboard's webhooks page, not the
	 * account secret).
	 */
	public static Builder builder(String secret) {
		return new Builder(secret);
	}

	/** The accepted distance between {@code sent_at} and now, in either direction. */
	public Duration tolerance() {
		return this.tolerance;
	}

	/** The largest accepted body, in bytes. */
	public long maxBodySize() {
		return this.maxBodySize;
	}

	/** Verifies a request that carries no {@code X-Chameleon-Id} header. */
	public WebhookVerification verify(byte[] body, @Nullable String signature) {
		return verify(body, signature, null);
	}

	/**
	 * Verifies a webhook request.
	 * @param body the raw body bytes exactly as received
	 * @param signature the {@code X-Chameleon-Signature} header value, or {@code null}
	 * @param idHeader the {@code X-Chameleon-Id} header value, or {@code null}; only compared with the
	 * signed body {@code id}, never used in its place
	 * @return the verified message or the reason it was rejected
	 */
	public WebhookVerification verify(byte[] body, @Nullable String signature, @Nullable String idHeader) {
		Objects.requireNonNull(body, "body");
		if (body.length > this.maxBodySize) {
			return rejected(WebhookRejection.TOO_LARGE);
		}
		if (signature == null || signature.isBlank()) {
			return rejected(WebhookRejection.MISSING_SIGNATURE);
		}
		if (!signatureMatches(body, signature)) {
			return rejected(WebhookRejection.BAD_SIGNATURE);
		}
		// Only now is the body trusted enough to be parsed.
		JsonNode envelope = parse(body);
		if (envelope == null || !envelope.isObject()) {
			return rejected(WebhookRejection.MALFORMED_BODY);
		}
		// The id keys de-duplication, so it must be signed: the unsigned header is only cross-checked.
		String id = text(envelope.get("id"));
		if (id == null) {
			return rejected(WebhookRejection.MISSING_ID);
		}
		if (idHeader != null && !idHeader.isBlank() && !id.equals(idHeader.strip())) {
			return rejected(WebhookRejection.ID_MISMATCH);
		}
		String kind = text(envelope.get("kind"));
		if (kind == null) {
			return rejected(WebhookRejection.MISSING_KIND);
		}
		JsonNode sentAtNode = envelope.get("sent_at");
		if (sentAtNode == null || sentAtNode.isNull()) {
			return rejected(WebhookRejection.MISSING_SENT_AT);
		}
		Instant sentAt = instant(sentAtNode);
		if (sentAt == null) {
			return rejected(WebhookRejection.INVALID_SENT_AT);
		}
		Instant now = this.clock.instant();
		if (sentAt.isBefore(now.minus(this.tolerance))) {
			return rejected(WebhookRejection.STALE);
		}
		if (sentAt.isAfter(now.plus(this.tolerance))) {
			return rejected(WebhookRejection.FROM_THE_FUTURE);
		}
		JsonNode data = envelope.get("data");
		if (data == null || !data.isObject()) {
			data = JsonNodeFactory.instance.objectNode();
		}
		return new WebhookVerification.Verified(new WebhookMessage(id, kind, sentAt, data, body));
	}

	private boolean signatureMatches(byte[] body, String signature) {
		String candidate = signature.strip().toLowerCase(Locale.ROOT);
		// Not documented by Chameleon, but a common convention; accepting it costs nothing.
		if (candidate.startsWith(SHA256_PREFIX)) {
			candidate = candidate.substring(SHA256_PREFIX.length());
		}
		byte[] expected = HexFormat.of().formatHex(WebhookSignature.hmac(this.key, body))
			.getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
	}

	private static @Nullable JsonNode parse(byte[] body) {
		try {
			return MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isContainer()) {
			return null;
		}
		String value = node.asString().strip();
		return value.isEmpty() ? null : value;
	}

	// Chameleon sends ISO-8601 UTC, with or without milliseconds; the other documented forms are accepted too.
	// Anything else, or a time outside 1970..9999, is invalid: an exception here would answer 500 and make
	// Chameleon retry for 43 hours.
	private static @Nullable Instant instant(JsonNode node) {
		Instant instant;
		try {
			if (node.isIntegralNumber() && node.canConvertToLong()) {
				instant = Instant.ofEpochSecond(node.longValue());
			}
			else {
				instant = node.isString() ? LenientInstantDeserializer.parse(node.stringValue()) : null;
			}
		}
		catch (DateTimeException | ArithmeticException | NumberFormatException ex) {
			return null;
		}
		return (instant != null && !instant.isBefore(Instant.EPOCH) && !instant.isAfter(LATEST_SENT_AT)) ? instant
				: null;
	}

	private static WebhookVerification rejected(WebhookRejection reason) {
		return new WebhookVerification.Rejected(reason);
	}

	@Override
	public String toString() {
		return "WebhookVerifier[tolerance=" + this.tolerance + ", maxBodySize=" + this.maxBodySize + "]";
	}

	/** Configures a {@link WebhookVerifier}. */
	public static final class Builder {

		private final String secret;

		private Duration tolerance = DEFAULT_TOLERANCE;

		private long maxBodySize = DEFAULT_MAX_BODY_SIZE;

		private Clock clock = Clock.systemUTC();

		private Builder(String secret) {
			WebhookSignature.requireSecret(secret);
			this.secret = secret;
		}

		/** How far {@code sent_at} may be from now, in either direction; default 5 minutes. */
		public Builder tolerance(Duration tolerance) {
			Objects.requireNonNull(tolerance, "tolerance");
			if (tolerance.isNegative()) {
				throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
			}
			this.tolerance = tolerance;
			return this;
		}

		/** The largest accepted body in bytes; default 1 MiB. */
		public Builder maxBodySize(long maxBodySize) {
			if (maxBodySize <= 0) {
				throw new IllegalArgumentException("maxBodySize must be positive: " + maxBodySize);
			}
			this.maxBodySize = maxBodySize;
			return this;
		}

		/** The clock that defines "now" for the freshness check; default system UTC. */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		public WebhookVerifier build() {
			return new WebhookVerifier(this);
		}

		@Override
		public String toString() {
			return "WebhookVerifier.Builder[tolerance=" + this.tolerance + ", maxBodySize=" + this.maxBodySize + "]";
		}

	}

}
