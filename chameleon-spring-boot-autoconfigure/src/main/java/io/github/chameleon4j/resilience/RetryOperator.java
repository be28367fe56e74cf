package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.resilience4j.retry.Retry;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import io.github.chameleon4j.error.ChameleonRateLimitException;

/**
 * Decides a logical call's retries with a Resilience4j {@link Retry}, as Resilience4j's own reactor
 * {@code RetryOperator} does, but waiting on the policy's scheduler (so virtual time drives it) and
 * consulting what only the call knows; the {@link RetryingCall} runs the loop, asking
 * {@link #afterFailure} after each failed attempt. Every failure goes to the Retry's
 * {@link Retry.AsyncContext}: its {@code retryOnException} predicate judges the error class and its
 * {@code IntervalBiFunction} the delay, so that its metrics count every outcome. What the Retry
 * cannot see is said to it as a {@link RetryDeclined} failure, counted as failed without retry: a
 * failure the call is not safe to repeat, a wait that would outlast the call's deadline, and the
 * deadline running out during an attempt (reported by the {@link DeadlineOperator}). Giving up
 * signals the last failure, carrying the attempts sent.
 * <p>
 * One instance per subscription of the logical call: it holds that subscription's retry context.
 *
 * @param <T> the result type
 */
final class RetryOperator<T> {

	private final Retry.AsyncContext<T> context;

	private final LogicalCall call;

	private final Clock clock;

	private final Scheduler scheduler;

	private final ResilienceListener listener;

	RetryOperator(Retry retry, LogicalCall call, Clock clock, Scheduler scheduler, ResilienceListener listener) {
		this.context = retry.asyncContext();
		this.call = call;
		this.clock = clock;
		this.scheduler = scheduler;
		this.listener = listener;
	}

	/**
	 * An attempt succeeded, so the call did: nothing between the attempt and the retry turns a value into a
	 * failure. Told by the {@link AttemptOperator} as it hears the value, before the value goes on.
	 */
	void succeeded() {
		this.context.onComplete();
	}

	/** Called by the {@link DeadlineOperator} when the deadline ran out before the call ended. */
	void deadlineExpired(Throwable expired) {
		this.context.onError(new RetryDeclined("the deadline ran out", expired));
	}

	/**
	 * After a failed attempt: completes when to attempt again, or fails with what the call gives up with. The
	 * {@link RetryingCall} subscribes to the attempt again when it completes (a loop by resubscription, never a
	 * thread).
	 */
	Mono<Long> afterFailure(Throwable failure) {
		CallDescriptor descriptor = this.call.descriptor();
		// idempotency is per call, so it is checked here; the error class by the Retry's own predicate
		if (!RetryRules.safeToRepeat(descriptor, failure)) {
			return decline("the call is not safe to repeat", failure);
		}
		if (failure instanceof ChameleonRateLimitException limited && limited.retryAt() != null
				&& !this.call.hasTimeUntil(limited.retryAt())) {
			return decline("the wait hint outlasts the deadline", failure);
		}
		Instant now = this.clock.instant();
		long delayMillis = this.context.onError(failure);
		if (delayMillis < 0) {
			return Mono.error(this.call.givingUp(failure));
		}
		Duration delay = Duration.ofMillis(delayMillis);
		if (!this.call.hasTimeUntil(now.plus(delay))) {
			// the Retry has seen this failure once and meant to retry; this counts the call failed without retry
			return decline("the backoff outlasts the deadline", failure);
		}
		// in the call's subscriber context, so that a listener of this call alone hears it too
		return Mono.deferContextual((context) -> {
			Listeners.onRetry(this.listener, context, descriptor, this.call.attempts(), failure, delay);
			if (delay.isZero()) {
				return Mono.just(0L);
			}
			return Mono.delay(delay, this.scheduler)
				.doOnNext((tick) -> Listeners.onWait(this.listener, context, descriptor, WaitReason.BACKOFF, delay));
		});
	}

	private Mono<Long> decline(String reason, Throwable failure) {
		this.context.onError(new RetryDeclined(reason, failure));
		return Mono.error(this.call.givingUp(failure));
	}

}
