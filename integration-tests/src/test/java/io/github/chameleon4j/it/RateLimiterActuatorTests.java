package io.github.chameleon4j.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.test.ChameleonEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's global pace as a Resilience4j rate limiter in a reactive application with Actuator
 * and Resilience4j's own Boot integration: Actuator lists it, its events and meters show, and a
 * user's own work decorated with it counts against the same pace as the client's requests.
 */
class RateLimiterActuatorTests {

	private static ChameleonEmulator emulator;

	private static ConfigurableApplicationContext app;

	private static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		emulator = ChameleonEmulator.builder().seedProfiles(5).start();
		app = ConsumerApp.run(WebApplicationType.REACTIVE, emulator,
				"management.endpoints.web.exposure.include=ratelimiters,ratelimiterevents,retries,circuitbreakers,metrics",
				// six a minute: nothing refills during the test, so the counts below are exact
				"chameleon.resilience.pace.requests-per-minute=6",
				"resilience4j.ratelimiter.instances.chameleon.subscribe-for-events=true",
				"resilience4j.ratelimiter.instances.chameleon.timeout-duration=0s");
	}

	@AfterAll
	static void stop() {
		app.close();
		emulator.close();
	}

	private static String read(String path) throws Exception {
		int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@Test
	void actuatorListsTheClientsLimiterAndItsMetersAndEventsFollowTheCalls() throws Exception {
		RateLimiter limiter = app.getBean(RateLimiterRegistry.class).rateLimiter("chameleon");
		assertThat(app.getBean(ChameleonResilience.class).rateLimiter()).containsSame(limiter);
		// the timeout configured for the instance of that name is kept
		assertThat(limiter.getRateLimiterConfig().getTimeoutDuration()).isZero();
		assertThat(read("/actuator/ratelimiters")).contains("\"chameleon\"");

		ChameleonOperations chameleon = app.getBean(ChameleonOperations.class);
		String tourId = emulator.data().publishedTourId();
		chameleon.tours().get(tourId).block(Duration.ofSeconds(10));
		// a user's own work through Resilience4j's operator takes a permit of the same pace
		assertThat(Mono.just("mine").transformDeferred(RateLimiterOperator.of(limiter)).block(Duration.ofSeconds(10)))
			.isEqualTo("mine");
		chameleon.tours().get(tourId).block(Duration.ofSeconds(10));

		// six a minute: three of the window's six are used
		assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(3);
		assertThat(read("/actuator/metrics/resilience4j.ratelimiter.available.permissions?tag=name:chameleon"))
			.contains("\"value\":3.0");
		assertThat(read("/actuator/metrics/resilience4j.ratelimiter.waiting_threads?tag=name:chameleon"))
			.contains("\"value\":0.0");
		assertThat(read("/actuator/ratelimiterevents/chameleon")).contains("SUCCESSFUL_ACQUIRE");
	}

	@Test
	void actuatorListsTheClientsRetryAndCircuitBreakerBesideItsLimiter() throws Exception {
		assertThat(read("/actuator/retries")).contains("\"chameleon\"");
		assertThat(read("/actuator/circuitbreakers")).contains("\"chameleon\"");
		assertThat(app.getBean(ChameleonResilience.class).retry()).get()
			.isSameAs(app.getBean(io.github.resilience4j.retry.RetryRegistry.class).retry("chameleon"));
	}

}
