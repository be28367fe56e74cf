package io.github.chameleon4j.resilience;

import java.time.Duration;

import io.github.chameleon4j.error.WaitHint;

/**
 * Receives what the resilience layer does, for metrics. Every method has a no-op default and
 * must return quickly without blocking (they run on the calling, often event-loop, thread).
 * <p>
 * The listeners given to the policy hear every call. A listener of one call alone can ride in
 * that call's subscriber context under {@link #CONTEXT_KEY}: the operators tell it, besides the
 * policy's listeners, that call's {@linkplain #onWait waits} and {@linkplain #onRetry retries}
 * (wait hints are shared state and go to the policy's listeners only). The logical-call
 * observation ({@code io.github.chameleon4j.metrics.ObservedCallPolicy}) is one.
 */
public interface ResilienceListener {

	/**
	 * The subscriber-context key of a listener of one call alone, heard besides the policy's
	 * listeners: {@code mono.contextWrite(Context.of(ResilienceListener.CONTEXT_KEY, listener))}.
	 */
	String CONTEXT_KEY = ResilienceListener.class.getName() + ".call";

	/**
	 * A call waited before being sent (or between attempts).
	 * @param call the call
	 * @param reason what it waited for
	 * @param waited how long it waited
	 */
	default void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
	}

	/**
	 * A 429 arrived; its hint is now applied for every caller.
	 * @param call the call that was limited
	 * @param hint what the server said
	 */
	default void onWaitHint(CallDescriptor call, WaitHint hint) {
	}

	/**
	 * A failed attempt will be retried.
	 * @param call the call
	 * @param attempt the number of the attempt that failed (1-based)
	 * @param failure the failure
	 * @param delay the delay before the next attempt
	 */
	default void onRetry(CallDescriptor call, int attempt, Throwable failure, Duration delay) {
	}

}
