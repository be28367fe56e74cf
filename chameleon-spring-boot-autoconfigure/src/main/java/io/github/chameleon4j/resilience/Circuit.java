package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;

/**
 * The client's circuit breaker, as the {@link BreakerOperator} of every call shares it: the
 * Resilience4j breaker, the send time of the latest-sent attempt that succeeded (for the overtaken
 * rule), and when an open circuit lets probes through.
 */
final class Circuit {

	private final CircuitBreaker breaker;

	private final Clock clock;

	private final AtomicReference<@Nullable Instant> openUntil = new AtomicReference<>();

	/** The number of the current open state since the circuit was last closed (see {@link #openUntil}). */
	private final AtomicInteger openAttempts = new AtomicInteger();

	/** The send instant (epoch millis) of the latest-sent attempt that succeeded. */
	private final AtomicLong lastSuccessfulSend = new AtomicLong(Long.MIN_VALUE);

	Circuit(CircuitBreaker breaker, Clock clock) {
		this.breaker = breaker;
		this.clock = clock;
		breaker.getEventPublisher()
			.onStateTransition((event) -> this.openUntil.set(openUntil(event.getStateTransition())));
	}

	CircuitBreaker breaker() {
		return this.breaker;
	}

	/** An attempt sent at {@code sentAt} (epoch millis) succeeded. */
	void succeeded(long sentAt) {
		if (this.lastSuccessfulSend.get() < sentAt) {
			this.lastSuccessfulSend.accumulateAndGet(sentAt, Math::max);
		}
	}

	/**
	 * Whether a request sent after {@code sentAt} has already succeeded: then a failure of the
	 * attempt sent at {@code sentAt} is a slow tail, not an outage.
	 */
	boolean overtaken(long sentAt) {
		return this.lastSuccessfulSend.get() > sentAt;
	}

	/** Closes the circuit and forgets the calls it recorded and its open states (for tests). */
	void reset() {
		this.breaker.reset();
		this.openUntil.set(null);
		this.openAttempts.set(0);
		this.lastSuccessfulSend.set(Long.MIN_VALUE);
	}

	/** When the open circuit may let a probe through; {@code null} unless its last transition was to open. */
	@Nullable
	Instant openUntil() {
		return this.openUntil.get();
	}

	/**
	 * When an open circuit lets probes through, counting open states as Resilience4j does: the
	 * first after closed is attempt 1, each reopening after failed probes the next.
	 */
	@Nullable
	private Instant openUntil(CircuitBreaker.StateTransition transition) {
		if (transition.getToState() != CircuitBreaker.State.OPEN) {
			return null;
		}
		int attempt = (transition.getFromState() == CircuitBreaker.State.HALF_OPEN)
				? this.openAttempts.incrementAndGet() : this.openAttempts.updateAndGet((previous) -> 1);
		long millis = this.breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(attempt);
		return this.clock.instant().plusMillis(millis);
	}

}
