package io.github.chameleon4j.error;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;

import org.springframework.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * What a 429 told the client: the {@link RateLimitStrategy}, how long to wait, and the
 * concurrency limit when one was named.
 * <p>
 * A 429 carrying {@code X-Ratelimit-Limit} (or a body {@code limit}) is
 * {@link RateLimitStrategy#CONCURRENCY CONCURRENCY} whatever else it carries: the reference's own
 * example mixes {@code X-Ratelimit-Wait}, a body {@code wait} and {@code X-Ratelimit-Limit}.
 * Otherwise {@code X-Retry-After} (or {@code Retry-After}) means {@link RateLimitStrategy#GLOBAL
 * GLOBAL}, {@code X-Ratelimit-Wait} or a body {@code wait} means {@link RateLimitStrategy#BUCKET
 * BUCKET}, and none of them {@link RateLimitStrategy#UNKNOWN UNKNOWN}.
 * <p>
 * Parsing is lenient and never throws. Header names are matched case-insensitively. Values are
 * seconds, whole or decimal. The wait is the <em>largest</em> usable value among
 * {@code X-Retry-After}, {@code Retry-After}, {@code X-Ratelimit-Wait} and the body {@code wait}.
 * Missing, non-numeric, negative or non-finite values are ignored; values above {@link #MAX_WAIT}
 * are clamped to it. When no usable wait remains, the wait is {@link #DEFAULT_WAIT} for the
 * global, bucket and unknown strategies and zero for the concurrency strategy (which waits for a
 * permit instead). A limit is used only when it is a positive number up to {@link #MAX_LIMIT}.
 *
 * @param strategy the strategy recognised from the headers and body
 * @param retryAfter how long to wait before the next request; never negative
 * @param waitFromServer whether {@code retryAfter} came from the server (as opposed to the default)
 * @param limit the concurrency limit the server named, or empty
 */
public record WaitHint(RateLimitStrategy strategy, Duration retryAfter, boolean waitFromServer, OptionalInt limit) {

	/** Wait used when a 429 carries no usable wait value: 1 second. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

	/** Largest wait accepted from the server; larger values are clamped: 1 hour. */
	public static final Duration MAX_WAIT = Duration.ofHours(1);

	/** Largest concurrency limit accepted from the server; larger values are ignored. */
	public static final int MAX_LIMIT = 1000;

	/** Global strategy header. */
	public static final String RETRY_AFTER = "X-Retry-After";

	/** Bucket strategy header. */
	public static final String RATELIMIT_WAIT = "X-Ratelimit-Wait";

	/** Concurrency strategy header (also spelled {@code X-RateLimit-Limit}). */
	public static final String RATELIMIT_LIMIT = "X-Ratelimit-Limit";

	/**
	 * Reads the hint from a 429's headers and (possibly absent) envelope.
	 * @param headers the response headers
	 * @param envelope the parsed error envelope, or {@code null}
	 * @return the hint, never {@code null}
	 */
	public static WaitHint from(HttpHeaders headers, @Nullable ErrorEnvelope envelope) {
		boolean global = headers.containsHeader(RETRY_AFTER) || headers.containsHeader(HttpHeaders.RETRY_AFTER);
		boolean bucket = headers.containsHeader(RATELIMIT_WAIT) || (envelope != null && envelope.waitSeconds() != null);
		Double limitValue = parseNumber(headers.getFirst(RATELIMIT_LIMIT));
		if (limitValue == null && envelope != null) {
			limitValue = envelope.limit();
		}
		boolean concurrency = headers.containsHeader(RATELIMIT_LIMIT) || limitValue != null;
		// the limit header names the strategy even beside a wait: the wait then only delays this call's retry
		RateLimitStrategy strategy = concurrency ? RateLimitStrategy.CONCURRENCY : global ? RateLimitStrategy.GLOBAL
				: bucket ? RateLimitStrategy.BUCKET : RateLimitStrategy.UNKNOWN;

		double seconds = -1;
		seconds = Math.max(seconds, usable(parseNumber(headers.getFirst(RETRY_AFTER))));
		seconds = Math.max(seconds, usable(parseNumber(headers.getFirst(HttpHeaders.RETRY_AFTER))));
		seconds = Math.max(seconds, usable(parseNumber(headers.getFirst(RATELIMIT_WAIT))));
		seconds = Math.max(seconds, usable((envelope != null) ? envelope.waitSeconds() : null));

		OptionalInt limit = (limitValue != null && limitValue >= 1 && limitValue <= MAX_LIMIT)
				? OptionalInt.of((int) Math.floor(limitValue)) : OptionalInt.empty();
		if (seconds >= 0) {
			Duration wait = (seconds >= MAX_WAIT.toSeconds()) ? MAX_WAIT
					: Duration.ofMillis((long) Math.ceil(seconds * 1000));
			return new WaitHint(strategy, wait, true, limit);
		}
		Duration fallback = (strategy == RateLimitStrategy.CONCURRENCY) ? Duration.ZERO : DEFAULT_WAIT;
		return new WaitHint(strategy, fallback, false, limit);
	}

	private static double usable(@Nullable Double seconds) {
		return (seconds != null && seconds >= 0 && Double.isFinite(seconds)) ? seconds : -1;
	}

	/**
	 * Parses a number of seconds leniently.
	 * @param value the raw text
	 * @return the number, or {@code null} when the text is not a finite number
	 */
	@Nullable
	static Double parseNumber(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String text = value.trim().toLowerCase(Locale.ROOT);
		if (text.isEmpty() || text.length() > 32 || text.contains("n") || text.contains("x")) {
			// rejects NaN, Infinity and hex literals, which Double.parseDouble would accept
			return null;
		}
		try {
			double parsed = Double.parseDouble(text);
			return Double.isFinite(parsed) ? parsed : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
