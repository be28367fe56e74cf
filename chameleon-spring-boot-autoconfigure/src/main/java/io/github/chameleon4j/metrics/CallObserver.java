package io.github.chameleon4j.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.WaitHint;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.ResilienceListener;
import io.github.chameleon4j.resilience.WaitReason;

/**
 * The listener of one observed call: records its waits and retries in its context and as events of
 * its observation, and stops the observation once, however the call ends. Nothing is recorded
 * after that (a wait may still finish as a deadline cancels the call).
 */
final class CallObserver implements ResilienceListener {

	private final Observation observation;

	private final ChameleonCallContext context;

	private final AtomicBoolean ended = new AtomicBoolean();

	CallObserver(Observation observation, ChameleonCallContext context) {
		this.observation = observation;
		this.context = context;
	}

	@Override
	public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
		if (this.ended.get() || reason == null || waited == null || waited.isNegative()) {
			return;
		}
		this.context.waited(reason, waited);
		this.observation.event(Observation.Event.of(eventName(reason),
				"waited " + waited + " for " + DefaultChameleonCallObservationConvention.reason(reason)));
	}

	@Override
	public void onRetry(CallDescriptor call, int attempt, Throwable failure, Duration delay) {
		if (this.ended.get()) {
			return;
		}
		this.context.retrying();
		if (failure instanceof ChameleonRateLimitException limited) {
			WaitHint hint = limited.waitHint();
			this.observation.event(Observation.Event.of(ChameleonMeters.EVENT_RATE_LIMITED,
					"429 on attempt " + attempt + ": " + hint.strategy() + ", retry after " + hint.retryAfter()));
		}
		String kind = (failure instanceof ChameleonException chameleon && chameleon.kind() != null)
				? chameleon.kind().name() : failure.getClass().getSimpleName();
		this.observation.event(Observation.Event.of(ChameleonMeters.EVENT_RETRY,
				"attempt " + attempt + " failed (" + kind + "), retrying after a backoff of " + delay));
	}

	/** Ends the observation, once. */
	void end(@Nullable Throwable error, boolean cancelled) {
		if (!this.ended.compareAndSet(false, true)) {
			return;
		}
		this.context.ended(cancelled);
		if (error != null) {
			this.observation.error(error);
		}
		this.observation.stop();
	}

	private static String eventName(WaitReason reason) {
		return switch (reason) {
			case COOLDOWN -> ChameleonMeters.EVENT_WAIT_COOLDOWN;
			case PACE -> ChameleonMeters.EVENT_WAIT_PACE;
			case PERMIT -> ChameleonMeters.EVENT_WAIT_PERMIT;
			case BACKOFF -> ChameleonMeters.EVENT_WAIT_BACKOFF;
		};
	}

}
