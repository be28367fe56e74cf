package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.util.context.ContextView;

import io.github.chameleon4j.error.WaitHint;

/** The policy's listeners as one, in the order they were added; copied when the policy is built. */
final class Listeners implements ResilienceListener {

	private final ResilienceListener[] listeners;

	Listeners(List<ResilienceListener> listeners) {
		this.listeners = listeners.toArray(ResilienceListener[]::new);
	}

	@Override
	public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
		for (ResilienceListener listener : this.listeners) {
			listener.onWait(call, reason, waited);
		}
	}

	@Override
	public void onWaitHint(CallDescriptor call, WaitHint hint) {
		for (ResilienceListener listener : this.listeners) {
			listener.onWaitHint(call, hint);
		}
	}

	@Override
	public void onRetry(CallDescriptor call, int attempt, Throwable failure, Duration delay) {
		for (ResilienceListener listener : this.listeners) {
			listener.onRetry(call, attempt, failure, delay);
		}
	}

	/**
	 * Tells the policy's listeners, and the call's own listener if its subscriber context holds
	 * one ({@link ResilienceListener#CONTEXT_KEY}), that the call waited.
	 */
	static void onWait(ResilienceListener policy, ContextView context, CallDescriptor call, WaitReason reason,
			Duration waited) {
		policy.onWait(call, reason, waited);
		ResilienceListener own = ofCall(context);
		if (own != null) {
			own.onWait(call, reason, waited);
		}
	}

	/** Tells the policy's listeners, and the call's own listener if any, that a failed attempt will be retried. */
	static void onRetry(ResilienceListener policy, ContextView context, CallDescriptor call, int attempt,
			Throwable failure, Duration delay) {
		policy.onRetry(call, attempt, failure, delay);
		ResilienceListener own = ofCall(context);
		if (own != null) {
			own.onRetry(call, attempt, failure, delay);
		}
	}

	private static @Nullable ResilienceListener ofCall(ContextView context) {
		return (context.getOrDefault(CONTEXT_KEY, null) instanceof ResilienceListener own) ? own : null;
	}

}
