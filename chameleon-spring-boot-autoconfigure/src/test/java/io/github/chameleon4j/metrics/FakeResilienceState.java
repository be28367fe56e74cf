package io.github.chameleon4j.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.chameleon4j.resilience.RateLimitEvent;
import io.github.chameleon4j.resilience.ResilienceState;

/** A settable {@link ResilienceState} for tests. */
public class FakeResilienceState implements ResilienceState {

	public volatile double pace = 0;

	public volatile Instant cooldownUntil;

	public volatile int concurrencyCap = 10;

	public volatile int inFlight;

	public volatile int waiting;

	public volatile String breaker = "CLOSED";

	public volatile Instant openUntil;

	public volatile boolean credentialsRejected;

	public final List<RateLimitEvent> events = new ArrayList<>();

	public volatile Map<String, Integer> loweredLaneCaps = Map.of();

	@Override
	public double currentPacePerMinute() {
		return this.pace;
	}

	@Override
	public Optional<Instant> cooldownUntil() {
		return Optional.ofNullable(this.cooldownUntil);
	}

	@Override
	public int concurrencyCap() {
		return this.concurrencyCap;
	}

	@Override
	public Map<String, Integer> loweredLaneCaps() {
		return this.loweredLaneCaps;
	}

	@Override
	public int inFlight() {
		return this.inFlight;
	}

	@Override
	public int waitingForPermit() {
		return this.waiting;
	}

	@Override
	public String circuitBreakerState() {
		return this.breaker;
	}

	@Override
	public Optional<Instant> circuitOpenUntil() {
		return Optional.ofNullable(this.openUntil);
	}

	@Override
	public boolean credentialsRejected() {
		return this.credentialsRejected;
	}

	@Override
	public List<RateLimitEvent> recentRateLimitEvents() {
		return List.copyOf(this.events);
	}

}
