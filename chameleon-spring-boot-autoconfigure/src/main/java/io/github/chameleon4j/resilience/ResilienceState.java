package io.github.chameleon4j.resilience;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of the resilience layer's current state, computed from local state only
 * (reading it never sends a request). Used by the health indicator, the Actuator endpoint and
 * the gauges.
 */
public interface ResilienceState {

	/**
	 * The current global pace, in requests per minute ({@code 0} when pacing is off).
	 * @return the pace
	 */
	double currentPacePerMinute();

	/**
	 * The end of the shared cool-down, when one is in force.
	 * @return the instant, or empty when requests may be sent now
	 */
	Optional<Instant> cooldownUntil();

	/**
	 * The current overall concurrency cap (possibly lowered by a concurrency 429 from a call
	 * outside every lane).
	 * @return the cap
	 */
	int concurrencyCap();

	/**
	 * The lanes whose cap a concurrency 429 has lowered below their width, by lane key.
	 * @return the current caps of the lowered lanes; empty when none is lowered
	 */
	default Map<String, Integer> loweredLaneCaps() {
		return Map.of();
	}

	/**
	 * Calls currently holding a concurrency permit.
	 * @return the number of calls in flight
	 */
	int inFlight();

	/**
	 * Calls waiting for a permit.
	 * @return the number of waiting calls
	 */
	int waitingForPermit();

	/**
	 * The circuit breaker's state: {@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}, or
	 * {@code DISABLED} when the breaker is off.
	 * @return the state name
	 */
	String circuitBreakerState();

	/**
	 * When an open circuit may next let a probe through.
	 * @return the instant, or empty when not open
	 */
	Optional<Instant> circuitOpenUntil();

	/**
	 * Whether the account secret was rejected (403) since the last success.
	 * @return {@code true} after a 403 until a call succeeds
	 */
	boolean credentialsRejected();

	/**
	 * The most recent 429s, newest first (bounded).
	 * @return the events
	 */
	List<RateLimitEvent> recentRateLimitEvents();

	/**
	 * How the account-wide state is kept: {@code local} (this instance only), {@code shared} (with
	 * the application's other replicas, see {@link SharedCoordination}), or {@code degraded} (shared
	 * mode, but the store did not answer: local pacing at the fallback share until it does).
	 * @return the coordination mode
	 */
	default String coordination() {
		return "local";
	}

	/**
	 * Details of the shared coordination for the health indicator: fallbacks, failures, the fallback
	 * share, and while degraded the last failure's kind and when the store is next probed (never a host, a
	 * password or a secret).
	 * @return the details; empty without shared coordination
	 */
	default Map<String, Object> coordinationDetails() {
		return Map.of();
	}

	/**
	 * Calls that went on with local pacing (or without an account-wide lane lease) because the shared
	 * store did not answer.
	 * @return the count since start
	 */
	default long coordinationFallbacks() {
		return 0;
	}

}
