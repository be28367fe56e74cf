package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

import io.github.chameleon4j.error.RateLimitStrategy;

/**
 * One 429 the client received, as kept for the Actuator endpoint.
 *
 * @param at when it was received
 * @param strategy the rate-limit strategy it came from
 * @param retryAfter the wait it imposed
 * @param limit the concurrency limit it named, if any
 * @param method the HTTP method of the limited call
 * @param uriTemplate the URI template of the limited call
 */
public record RateLimitEvent(Instant at, RateLimitStrategy strategy, Duration retryAfter, OptionalInt limit, String method,
		String uriTemplate) {
}
