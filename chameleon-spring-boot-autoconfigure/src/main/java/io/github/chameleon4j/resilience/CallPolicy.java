package io.github.chameleon4j.resilience;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Wraps one logical call in the client's resilience behaviour (deadline, retry, circuit breaker,
 * pacing, cool-down, concurrency permits). {@code attempt} is cold: every subscription sends one
 * request, so a policy retries by resubscribing.
 */
@FunctionalInterface
public interface CallPolicy {

	/**
	 * Applies the policy to a call.
	 * @param <T> the result type
	 * @param call what is being called
	 * @param attempt a cold publisher that performs one attempt per subscription
	 * @return the decorated call
	 */
	<T> Mono<T> apply(CallDescriptor call, Mono<T> attempt);

	/**
	 * The time budget this policy gives the whole logical call, so that a streamed download body is
	 * bounded by it too.
	 * @param call the call
	 * @return the budget, or {@code null} for none
	 */
	@Nullable
	default Duration deadline(CallDescriptor call) {
		return call.deadline();
	}

	/**
	 * A policy that sends each call once, with no pacing, waiting or retrying.
	 * @return the pass-through policy
	 */
	static CallPolicy direct() {
		return new CallPolicy() {
			@Override
			public <T> Mono<T> apply(CallDescriptor call, Mono<T> attempt) {
				return attempt;
			}
		};
	}

}
