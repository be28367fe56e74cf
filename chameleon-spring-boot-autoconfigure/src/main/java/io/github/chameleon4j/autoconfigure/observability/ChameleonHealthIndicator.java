package io.github.chameleon4j.autoconfigure.observability;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import io.github.chameleon4j.resilience.ResilienceState;

/**
 * The {@code chameleon} health contributor, computed from the client's local
 * {@link ResilienceState} only: checking health never sends a request, so it never spends the
 * account's rate limit.
 * <p>
 * A failing third-party API is not a failing application: by default an open circuit and rejected
 * credentials are reported under statuses of their own, {@link #CIRCUIT_OPEN} and
 * {@link #CREDENTIALS_REJECTED}, which Boot's default status aggregation ignores and its default
 * HTTP mapping answers with 200 (as Resilience4j's {@code CIRCUIT_OPEN}). A load balancer polling
 * {@code /actuator/health} therefore keeps the instances while Chameleon is flaky. With
 * {@code management.health.chameleon.down-on-failure=true} both are {@code DOWN} instead.
 * <ul>
 * <li>{@code CREDENTIALS_REJECTED} after Chameleon rejected the account secret (403), until a call
 * succeeds;</li>
 * <li>{@code CIRCUIT_OPEN} while the circuit breaker is open;</li>
 * <li>{@code UP} with {@code coolingDown=true} and {@code cooldownUntil} while a 429 cool-down is
 * in force (the client is working as designed, just waiting);</li>
 * <li>{@code UP} otherwise, also when the application has no resilience layer.</li>
 * </ul>
 */
public final class ChameleonHealthIndicator implements HealthIndicator {

	/** The status while the circuit breaker is open (unless {@code down-on-failure}). */
	public static final Status CIRCUIT_OPEN = new Status("CIRCUIT_OPEN", "Chameleon is failing: the circuit breaker is open");

	/** The status after Chameleon rejected the account secret (unless {@code down-on-failure}). */
	public static final Status CREDENTIALS_REJECTED = new Status("CREDENTIALS_REJECTED",
			"Chameleon rejected the account secret (403)");

	private final Supplier<@Nullable ResilienceState> state;

	private final String clientName;

	private final boolean downOnFailure;

	/**
	 * Creates the indicator that reports an open circuit and rejected credentials under statuses
	 * of their own.
	 * @param state supplies the state, or {@code null} when there is none
	 * @param clientName the client name shown in the details
	 */
	public ChameleonHealthIndicator(Supplier<@Nullable ResilienceState> state, String clientName) {
		this(state, clientName, false);
	}

	/**
	 * Creates the indicator.
	 * @param state supplies the state, or {@code null} when there is none
	 * @param clientName the client name shown in the details
	 * @param downOnFailure whether an open circuit and rejected credentials are {@code DOWN}
	 */
	public ChameleonHealthIndicator(Supplier<@Nullable ResilienceState> state, String clientName,
			boolean downOnFailure) {
		this.state = state;
		this.clientName = clientName;
		this.downOnFailure = downOnFailure;
	}

	@Override
	public Health health() {
		Health.Builder builder = Health.up().withDetail("client", this.clientName);
		ResilienceState current = this.state.get();
		if (current == null) {
			return builder.withDetail("resilience", "not configured").build();
		}
		String breaker = current.circuitBreakerState();
		builder.withDetail("circuitBreaker", breaker)
			.withDetail("pacePerMinute", current.currentPacePerMinute())
			.withDetail("concurrencyCap", current.concurrencyCap())
			.withDetail("inFlight", current.inFlight())
			.withDetail("waitingForPermit", current.waitingForPermit());
		current.cooldownUntil().ifPresentOrElse(
				(until) -> builder.withDetail("coolingDown", true).withDetail("cooldownUntil", until.toString()),
				() -> builder.withDetail("coolingDown", false));
		String coordination = current.coordination();
		if (!"local".equals(coordination)) {
			// a degraded coordination is not DOWN: calls go on with local pacing at the fallback share
			builder.withDetail("coordination", coordination);
			current.coordinationDetails().forEach((key, value) -> builder.withDetail("coordination." + key, value));
		}
		if (current.credentialsRejected()) {
			builder.status(failure(CREDENTIALS_REJECTED))
				.withDetail("reason", "Chameleon rejected the account secret (403)");
		}
		else if ("OPEN".equals(breaker) || "FORCED_OPEN".equals(breaker)) {
			builder.status(failure(CIRCUIT_OPEN)).withDetail("reason", "the circuit breaker is open: Chameleon is failing");
			current.circuitOpenUntil().ifPresent((until) -> builder.withDetail("circuitOpenUntil", until.toString()));
		}
		return builder.build();
	}

	private Status failure(Status own) {
		return this.downOnFailure ? Status.DOWN : own;
	}

}
