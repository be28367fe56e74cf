package io.github.chameleon4j.autoconfigure.observability;

import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import io.github.chameleon4j.resilience.ResilienceState;

/**
 * The {@code chameleon} health contributor, computed from the client's local
 * {@link ResilienceState} only: checking health never sends a request, so it never spends the
 * account's rate limit.
 * <ul>
 * <li>{@code DOWN} after Chameleon rejected the account secret (403), until a call succeeds;</li>
 * <li>{@code DOWN} while the circuit breaker is open;</li>
 * <li>{@code UP} with {@code coolingDown=true} and {@code cooldownUntil} while a 429 cool-down is
 * in force (the client is working as designed, just waiting);</li>
 * <li>{@code UP} otherwise, also when the application has no resilience layer.</li>
 * </ul>
 */
public final class ChameleonHealthIndicator implements HealthIndicator {

	private final Supplier<ResilienceState> state;

	private final String clientName;

	/**
	 * Creates the indicator.
	 * @param state supplies the state, or {@code null} when there is none
	 * @param clientName the client name shown in the details
	 */
	public ChameleonHealthIndicator(Supplier<ResilienceState> state, String clientName) {
		this.state = state;
		this.clientName = clientName;
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
		if (current.credentialsRejected()) {
			builder.down().withDetail("reason", "Chameleon rejected the account secret (403)");
		}
		else if ("OPEN".equals(breaker) || "FORCED_OPEN".equals(breaker)) {
			builder.down().withDetail("reason", "the circuit breaker is open: Chameleon is failing");
			current.circuitOpenUntil().ifPresent((until) -> builder.withDetail("circuitOpenUntil", until.toString()));
		}
		return builder.build();
	}

}
