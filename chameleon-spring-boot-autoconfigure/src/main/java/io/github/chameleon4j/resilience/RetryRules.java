package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.function.DoubleSupplier;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import org.jspecify.annotations.Nullable;

import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.ChameleonResponseException;
import io.github.chameleon4j.error.RateLimitStrategy;
import io.github.chameleon4j.error.WaitHint;

/**
 * Which failures are retried and after how long, per error class (see DESIGN.md): 429 always;
 * 5xx, transport failures and undecodable (e.g. truncated) 2xx bodies only for idempotent calls,
 * except a request that certainly was not sent; everything else never, a body over the size
 * limit included (the same request would fetch the same body). Backoff is exponential with
 * jitter and a cap, but never shorter than a server hint, and a hint is never truncated by the cap.
 */
final class RetryRules {

	private final Duration initialBackoff;

	private final double multiplier;

	private final Duration maxBackoff;

	private final boolean gateEnforcesHints;

	private final DoubleSupplier random;

	/** The waits of an application's own Resilience4j retry configuration, used instead of the computed backoff. */
	@Nullable
	private final IntervalBiFunction<Object> configuredBackoff;

	RetryRules(Duration initialBackoff, double multiplier, Duration maxBackoff, boolean gateEnforcesHints,
			DoubleSupplier random) {
		this(initialBackoff, multiplier, maxBackoff, gateEnforcesHints, random, null);
	}

	private RetryRules(Duration initialBackoff, double multiplier, Duration maxBackoff, boolean gateEnforcesHints,
			DoubleSupplier random, @Nullable IntervalBiFunction<Object> configuredBackoff) {
		this.initialBackoff = initialBackoff;
		this.multiplier = multiplier;
		this.maxBackoff = maxBackoff;
		this.gateEnforcesHints = gateEnforcesHints;
		this.random = random;
		this.configuredBackoff = configuredBackoff;
	}

	/**
	 * The same rules with the backoff (before 5xx/transport retries and concurrency 429s without a wait) taken
	 * from a Resilience4j interval function; server hints still win over it.
	 */
	RetryRules backoff(IntervalBiFunction<Object> backoff) {
		return new RetryRules(this.initialBackoff, this.multiplier, this.maxBackoff, this.gateEnforcesHints, this.random,
				backoff);
	}

	/** Whether the failure's class is ever retried (the Resilience4j {@code retryOnException} predicate). */
	boolean retryable(Throwable failure) {
		if (!(failure instanceof ChameleonException exception)) {
			return false;
		}
		return switch (exception.kind()) {
			// DECODING: the server answered 2xx but the body was cut or garbled on the way; a retry may read it whole
			case RATE_LIMITED, SERVER_ERROR, TRANSPORT, DECODING -> true;
			default -> false;
		};
	}

	/**
	 * Whether the call may repeat after this failure: any call when the failure cannot have applied
	 * the request (a 4xx such as a 429, a request never sent), else only a call that is safe to
	 * repeat. Whether the failure's class is retried at all is the Retry's predicate's to say.
	 */
	static boolean safeToRepeat(CallDescriptor call, Throwable failure) {
		return call.idempotent() || !(failure instanceof ChameleonException exception && exception.mayHaveBeenApplied());
	}

	/**
	 * The delay before attempt {@code failedAttempt + 1} (the Resilience4j {@code IntervalBiFunction}).
	 * @param failedAttempt the 1-based number of the attempt that failed
	 * @param failure its failure
	 * @return the delay in milliseconds
	 */
	long delayMillis(int failedAttempt, Throwable failure) {
		if (failure instanceof ChameleonRateLimitException limited) {
			if (limited.strategy() == RateLimitStrategy.CONCURRENCY) {
				// the server's wait when it gave one, else a short backoff; then the permits queue waits for a free slot
				return limited.waitHint().waitFromServer() ? limited.retryAfter().toMillis()
						: backoff(failedAttempt, failure).toMillis();
			}
			// the shared gate holds every caller until the hint has passed, jitter added there
			return this.gateEnforcesHints ? 0 : limited.retryAfter().plus(backoffJitter()).toMillis();
		}
		Duration delay = backoff(failedAttempt, failure);
		if (failure instanceof ChameleonResponseException response) {
			WaitHint hint = WaitHint.from(response.headers(), response.envelope());
			if (hint.waitFromServer() && hint.retryAfter().compareTo(delay) > 0) {
				delay = hint.retryAfter();
			}
		}
		return delay.toMillis();
	}

	/** Exponential backoff, capped, with "equal jitter": a random point in the upper half (or the configured waits). */
	private Duration backoff(int failedAttempt, Throwable failure) {
		if (this.configuredBackoff != null) {
			Long millis = this.configuredBackoff.apply(failedAttempt, Either.left(failure));
			return Duration.ofMillis((millis != null) ? Math.max(0, millis) : 0);
		}
		double base = this.initialBackoff.toMillis() * Math.pow(this.multiplier, Math.max(0, failedAttempt - 1));
		double capped = Math.min(base, this.maxBackoff.toMillis());
		return Duration.ofMillis((long) (capped / 2 + this.random.getAsDouble() * capped / 2));
	}

	private Duration backoffJitter() {
		return Duration.ofMillis((long) (this.random.getAsDouble() * this.initialBackoff.toMillis()));
	}

}
