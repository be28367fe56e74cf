package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.List;

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

}
