package io.github.chameleon4j.resilience;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import io.github.chameleon4j.error.ChameleonDeadlineExceededException;

/**
 * The call's deadline: bounds the whole logical call, every wait and retry included, by its time
 * budget, through the outermost operator ({@link #bound}, a {@link RetryingCall} that also runs the
 * retry loop). When the budget runs out the call is cancelled and fails with a
 * {@link ChameleonDeadlineExceededException} carrying the attempts sent; the retry is told, so
 * that Resilience4j counts the call. The inner operators read the same deadline from the
 * {@link LogicalCall} to fail fast when a wait would outlast it.
 *
 * @param <T> the result type
 */
final class DeadlineOperator<T> {

	private final LogicalCall call;

	private final Duration budget;

	private final Scheduler timer;

	@Nullable
	private final RetryOperator<T> retry;

	DeadlineOperator(LogicalCall call, Duration budget, Scheduler timer, @Nullable RetryOperator<T> retry) {
		this.call = call;
		this.budget = budget;
		this.timer = timer;
		this.retry = retry;
	}

	/**
	 * Bounds the call (its attempts and waits, as a {@link RetryingCall}) by the budget.
	 * @param attempt one attempt
	 * @return the bounded call
	 */
	Mono<T> bound(Mono<T> attempt) {
		return new RetryingCall<>(attempt, this.retry, this.budget.toNanos(), this.timer, this::expired);
	}

	/** What the call fails with when the budget runs out; the retry is told first. */
	private Throwable expired() {
		CallDescriptor descriptor = this.call.descriptor();
		Throwable expired = this.call.givingUp(
				new ChameleonDeadlineExceededException(descriptor.method(), descriptor.uriTemplate(), this.budget, null));
		if (this.retry != null) {
			this.retry.deadlineExpired(expired);
		}
		return expired;
	}

}
