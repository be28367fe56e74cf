package io.github.chameleon4j.autoconfigure.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import io.github.chameleon4j.resilience.RateLimitEvent;
import io.github.chameleon4j.resilience.ResilienceState;

/**
 * The read-only {@code chameleon} Actuator endpoint: per client, its base URL (never the secret)
 * and the resilience layer's local state (pace, cool-down, permits, circuit breaker and the most
 * recent 429s). Reading it never sends a request to Chameleon. Its response is an
 * {@link OperationResponseBody}, so Actuator writes it with its own JSON mapper: the keys stay
 * {@code baseUrl}, {@code pacePerMinute}, ... whatever naming strategy the application's mapper
 * uses, and {@code null} values are left out.
 */
@Endpoint(id = "chameleon")
public class ChameleonEndpoint {

	private final String clientName;

	private final String baseUrl;

	private final Supplier<@Nullable ResilienceState> state;

	/**
	 * Creates the endpoint.
	 * @param clientName the client name
	 * @param baseUrl the client's base URL
	 * @param state supplies the state, or {@code null} when there is none
	 */
	public ChameleonEndpoint(String clientName, String baseUrl, Supplier<@Nullable ResilienceState> state) {
		this.clientName = clientName;
		this.baseUrl = baseUrl;
		this.state = state;
	}

	/**
	 * Describes every client.
	 * @return the description
	 */
	@ReadOperation
	public ChameleonDescriptor chameleon() {
		ResilienceState current = this.state.get();
		ResilienceDescriptor resilience = (current != null) ? ResilienceDescriptor.of(current) : null;
		return new ChameleonDescriptor(Map.of(this.clientName, new ClientDescriptor(this.baseUrl, resilience)));
	}

	/**
	 * The endpoint's response.
	 * @param clients the clients by name
	 */
	public record ChameleonDescriptor(Map<String, ClientDescriptor> clients) implements OperationResponseBody {
	}

	/**
	 * One client.
	 * @param baseUrl its base URL
	 * @param resilience its resilience state, or {@code null} (left out) without a resilience layer
	 */
	public record ClientDescriptor(String baseUrl, @Nullable ResilienceDescriptor resilience) {
	}

	/**
	 * A snapshot of a client's resilience state; instants and durations in ISO-8601.
	 * @param pacePerMinute the current global pace ({@code 0} when pacing is off)
	 * @param cooldownUntil the end of the cool-down, or {@code null}
	 * @param concurrencyCap the current overall concurrency cap
	 * @param loweredLaneCaps the current caps of the lanes a concurrency 429 has lowered, by lane key
	 * @param inFlight calls holding a permit
	 * @param waitingForPermit calls waiting for a permit
	 * @param circuitBreakerState CLOSED, OPEN, HALF_OPEN or DISABLED
	 * @param circuitOpenUntil when an open circuit lets a probe through, or {@code null}
	 * @param credentialsRejected whether the secret was rejected (403) since the last success
	 * @param recentRateLimits the most recent 429s, newest first
	 */
	public record ResilienceDescriptor(double pacePerMinute, @Nullable String cooldownUntil, int concurrencyCap,
			Map<String, Integer> loweredLaneCaps, int inFlight, int waitingForPermit, String circuitBreakerState,
			@Nullable String circuitOpenUntil, boolean credentialsRejected, List<RateLimitDescriptor> recentRateLimits) {

		static ResilienceDescriptor of(ResilienceState state) {
			return new ResilienceDescriptor(state.currentPacePerMinute(), text(state.cooldownUntil()),
					state.concurrencyCap(), state.loweredLaneCaps(), state.inFlight(), state.waitingForPermit(), state.circuitBreakerState(),
					text(state.circuitOpenUntil()), state.credentialsRejected(),
					state.recentRateLimitEvents().stream().map(RateLimitDescriptor::of).toList());
		}

		@Nullable
		private static String text(Optional<Instant> instant) {
			return instant.map(Instant::toString).orElse(null);
		}

	}

	/**
	 * One 429 the client received.
	 * @param at when it arrived
	 * @param strategy its rate-limit strategy
	 * @param retryAfter the wait it imposed (ISO-8601, e.g. {@code PT12S})
	 * @param limit the concurrency limit it named, or {@code null}
	 * @param method the HTTP method of the limited call
	 * @param uriTemplate the URI template of the limited call
	 */
	public record RateLimitDescriptor(String at, String strategy, String retryAfter, @Nullable Integer limit, String method,
			String uriTemplate) {

		static RateLimitDescriptor of(RateLimitEvent event) {
			Duration wait = event.retryAfter();
			return new RateLimitDescriptor(String.valueOf(event.at()), String.valueOf(event.strategy()),
					String.valueOf(wait), event.limit().isPresent() ? event.limit().getAsInt() : null, event.method(),
					event.uriTemplate());
		}

	}

}
