package io.github.chameleon4j.autoconfigure.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.error.RateLimitStrategy;
import io.github.chameleon4j.metrics.FakeResilienceState;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.RateLimitEvent;

/**
 * Starts a real application on 127.0.0.1, drives the auto-configured client against WireMock and
 * reads the Actuator metrics, health and {@code chameleon} endpoints over HTTP.
 */
@SpringBootTest(classes = ChameleonObservabilityApplicationTests.TestApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chameleon.account-secret=" + ChameleonObservabilityApplicationTests.SECRET,
				"management.endpoints.web.exposure.include=health,metrics,chameleon",
				"management.endpoint.health.show-details=always" })
class ChameleonObservabilityApplicationTests {

	static final String SECRET = "obs-s3cr3t-7f4a";

	private static final WireMockServer wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private ChameleonOperations chameleon;

	@DynamicPropertySource
	static void chameleonBaseUrl(DynamicPropertyRegistry registry) {
		if (!wm.isRunning()) {
			wm.start();
			wm.stubFor(get(urlPathEqualTo("/v3/edit/tours/t-1")).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"tour\":{\"id\":\"t-1\",\"name\":\"Welcome\"}}")));
			wm.stubFor(get(urlPathEqualTo("/v3/edit/tours/t-404")).willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"messages\":[\"Not found\"]}")));
		}
		registry.add("chameleon.base-url", wm::baseUrl);
	}

	@AfterAll
	static void stopServer() {
		wm.stop();
	}

	@Test
	void actuatorShowsChameleonMetricsHealthAndState() {
		StepVerifier.create(this.chameleon.tours().get("t-1")).expectNextCount(1).verifyComplete();
		StepVerifier.create(this.chameleon.tours().get("t-1")).expectNextCount(1).verifyComplete();
		StepVerifier.create(this.chameleon.tours().get("t-404")).expectError(ChameleonNotFoundException.class).verify();

		String responses = read("/actuator/metrics/chameleon.client.responses");
		assertThat(count(responses)).isEqualTo(3.0);
		assertThat(tagValues(responses, "uri")).containsExactly("/v3/edit/tours/{id}");
		assertThat(tagValues(responses, "status")).containsExactlyInAnyOrder("200", "404");
		assertThat(tagValues(responses, "error.kind")).containsExactlyInAnyOrder("none", "NOT_FOUND");
		assertThat(count(read("/actuator/metrics/chameleon.client.responses?tag=status:404"))).isEqualTo(1.0);

		// one logical call each, the same outcome vocabulary on the call as error.kind on the attempt
		String calls = read("/actuator/metrics/chameleon.call");
		assertThat(count(calls)).isEqualTo(3.0);
		assertThat(tagValues(calls, "uri")).containsExactly("/v3/edit/tours/{id}");
		assertThat(tagValues(calls, "outcome")).containsExactlyInAnyOrder("SUCCESS", "ERROR");
		assertThat(tagValues(calls, "error.kind")).containsExactlyInAnyOrder("none", "NOT_FOUND");
		assertThat(count(read("/actuator/metrics/chameleon.call?tag=attempts:1"))).isEqualTo(3.0);

		String httpClient = read("/actuator/metrics/http.client.requests");
		assertThat(count(httpClient)).isGreaterThanOrEqualTo(3.0);
		assertThat(tagValues(httpClient, "uri")).anyMatch((uri) -> uri.endsWith("/v3/edit/tours/{id}"));

		assertThat(read("/actuator/metrics/chameleon.client.pace")).contains("\"value\":42.0");

		String health = read("/actuator/health");
		JsonNode component = json.readTree(health).get("components").get("chameleon");
		assertThat(component.get("status").asString()).isEqualTo("UP");
		assertThat(component.get("details").get("coolingDown").asBoolean()).isTrue();
		assertThat(component.get("details").get("cooldownUntil").asString()).isEqualTo("2030-01-01T00:00:12Z");

		String endpoint = read("/actuator/chameleon");
		JsonNode client = json.readTree(endpoint).get("clients").get("chameleon");
		assertThat(client.get("baseUrl").asString()).isEqualTo(wm.baseUrl());
		JsonNode resilience = client.get("resilience");
		assertThat(resilience.get("pacePerMinute").asDouble()).isEqualTo(42.0);
		assertThat(resilience.get("concurrencyCap").asInt()).isEqualTo(10);
		assertThat(resilience.get("circuitBreakerState").asString()).isEqualTo("CLOSED");
		JsonNode event = resilience.get("recentRateLimits").get(0);
		assertThat(event.get("strategy").asString()).isEqualTo("GLOBAL");
		assertThat(event.get("retryAfter").asString()).isEqualTo("PT12S");

		for (String body : List.of(responses, calls, httpClient, health, endpoint)) {
			assertThat(body).doesNotContain(SECRET).doesNotContain("t-404");
		}
	}

	private String read(String path) {
		return WebClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri(path)
			.retrieve()
			.bodyToMono(String.class)
			.block(Duration.ofSeconds(10));
	}

	private static double count(String metric) {
		for (JsonNode measurement : json.readTree(metric).get("measurements")) {
			if ("COUNT".equals(measurement.get("statistic").asString())) {
				return measurement.get("value").asDouble();
			}
		}
		throw new AssertionError("no COUNT in " + metric);
	}

	private static List<String> tagValues(String metric, String tag) {
		List<String> values = new ArrayList<>();
		for (JsonNode available : json.readTree(metric).get("availableTags")) {
			if (tag.equals(available.get("tag").asString())) {
				available.get("values").forEach((value) -> values.add(value.asString()));
			}
		}
		return values;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

		// also a CallPolicy, as the real resilience bean is, so that one backs off and this state is the only one
		@Bean
		PassThroughResilienceState resilienceState() {
			PassThroughResilienceState state = new PassThroughResilienceState();
			state.pace = 42;
			state.cooldownUntil = Instant.parse("2030-01-01T00:00:12Z");
			state.events.add(new RateLimitEvent(Instant.parse("2030-01-01T00:00:00Z"), RateLimitStrategy.GLOBAL,
					Duration.ofSeconds(12), OptionalInt.empty(), "GET", "/v3/edit/tours/{id}"));
			return state;
		}

	}

	static class PassThroughResilienceState extends FakeResilienceState implements CallPolicy {

		@Override
		public <T> Mono<T> apply(CallDescriptor call, Mono<T> attempt) {
			return attempt;
		}

	}

}
