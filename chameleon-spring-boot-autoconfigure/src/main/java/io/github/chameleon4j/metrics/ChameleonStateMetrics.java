package io.github.chameleon4j.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import io.github.chameleon4j.resilience.ResilienceState;

/**
 * Gauges over the resilience layer's {@link ResilienceState}: remaining cool-down (seconds),
 * current pace (requests per minute), calls in flight and waiting, and the circuit breaker state
 * ({@code 0} closed, {@code 1} open, {@code 2} half-open, {@code -1} disabled or unknown).
 * <p>
 * As usual in Micrometer, the gauges hold the state weakly: they report {@code NaN} once it has
 * been garbage collected. Their functions therefore never capture this binder or the state.
 */
public final class ChameleonStateMetrics implements MeterBinder {

	private final ResilienceState state;

	private final Tags tags;

	private final Clock clock;

	/**
	 * Creates the binder.
	 * @param state the state to observe
	 * @param clientName the {@code client} tag value
	 * @param clock the clock the remaining cool-down is measured with
	 */
	public ChameleonStateMetrics(ResilienceState state, String clientName, Clock clock) {
		if (state == null) {
			throw new IllegalArgumentException("state must not be null");
		}
		if (clientName == null || clientName.isBlank()) {
			throw new IllegalArgumentException("clientName must not be blank");
		}
		if (clock == null) {
			throw new IllegalArgumentException("clock must not be null");
		}
		this.state = state;
		this.tags = Tags.of(ChameleonMeters.CLIENT, clientName);
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Clock clock = this.clock;
		Gauge.builder(ChameleonMeters.COOLDOWN_REMAINING, this.state, (state) -> cooldownRemainingSeconds(state, clock))
			.description("Seconds left before Chameleon calls may be sent again after a rate limit")
			.baseUnit("seconds")
			.tags(this.tags)
			.register(registry);
		Gauge.builder(ChameleonMeters.PACE, this.state, ResilienceState::currentPacePerMinute)
			.description("Current global pace of Chameleon calls in requests per minute (0 when pacing is off)")
			.tags(this.tags)
			.register(registry);
		Gauge.builder(ChameleonMeters.IN_FLIGHT, this.state, ResilienceState::inFlight)
			.description("Chameleon calls holding a concurrency permit")
			.tags(this.tags)
			.register(registry);
		Gauge.builder(ChameleonMeters.WAITING, this.state, ResilienceState::waitingForPermit)
			.description("Chameleon calls waiting for a concurrency permit")
			.tags(this.tags)
			.register(registry);
		if (!"local".equals(this.state.coordination())) {
			FunctionCounter.builder(ChameleonMeters.COORDINATION_FALLBACKS, this.state,
					ResilienceState::coordinationFallbacks)
				.description("Chameleon calls that went on with local pacing because the shared store did not answer")
				.tags(this.tags)
				.register(registry);
		}
		Gauge.builder(ChameleonMeters.CIRCUIT_STATE, this.state, ChameleonStateMetrics::circuitState)
			.description("Chameleon circuit breaker state: 0 closed, 1 open, 2 half-open, -1 disabled")
			.tags(this.tags)
			.register(registry);
	}

	/**
	 * Seconds until the cool-down ends.
	 * @param state the state
	 * @param clock the clock
	 * @return the remaining seconds, {@code 0} when no cool-down is in force
	 */
	static double cooldownRemainingSeconds(ResilienceState state, Clock clock) {
		Optional<Instant> until = state.cooldownUntil();
		if (until.isEmpty()) {
			return 0;
		}
		Duration remaining = Duration.between(clock.instant(), until.get());
		return remaining.isNegative() ? 0 : remaining.toNanos() / 1e9;
	}

	/**
	 * The numeric value of the circuit breaker state.
	 * @param state the state
	 * @return 0 closed, 1 open, 2 half-open, -1 otherwise
	 */
	static double circuitState(ResilienceState state) {
		String name = state.circuitBreakerState();
		if (name == null) {
			return -1;
		}
		return switch (name) {
			case "CLOSED" -> 0;
			case "OPEN", "FORCED_OPEN" -> 1;
			case "HALF_OPEN" -> 2;
			default -> -1;
		};
	}

}
