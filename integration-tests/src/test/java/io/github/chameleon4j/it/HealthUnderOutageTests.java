package io.github.chameleon4j.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.Fault;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Chameleon outage is not an application outage: once real 500s have opened the circuit, a
 * servlet application's {@code /actuator/health} still answers 200 (the {@code chameleon} component
 * reports {@code CIRCUIT_OPEN}), unless the application opted into DOWN or put the indicator in a
 * group that maps the status to 503 on purpose.
 */
class HealthUnderOutageTests {

	private final ChameleonEmulator emulator = ChameleonEmulator.builder().start();

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		this.emulator.close();
	}

	@Test
	void whenTheCircuitIsOpenThenHealthAnswers200WithTheComponentCircuitOpen() throws Exception {
		start();
		openTheCircuit();
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"chameleon\":{").contains("\"CIRCUIT_OPEN\"");
	}

	@Test
	void whenDownOnFailureIsSetThenAnOpenCircuitAnswers503() throws Exception {
		start("management.health.chameleon.down-on-failure=true");
		openTheCircuit();
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"status\":\"DOWN\"");
	}

	@Test
	void aReadinessGroupThatMapsCircuitOpenAnswers503WhileHealthStays200() throws Exception {
		// as README.md shows it: the indicator in the readiness group deliberately, the rest of health untouched
		start("management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.group.readiness.include=readinessState,chameleon",
				"management.endpoint.health.group.readiness.status.order=down,out-of-service,circuit-open,credentials-rejected,up,unknown",
				"management.endpoint.health.group.readiness.status.http-mapping.circuit-open=503",
				"management.endpoint.health.group.readiness.status.http-mapping.credentials-rejected=503");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		openTheCircuit();
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	private void start(String... extra) {
		String[] properties = Stream.concat(Stream.of("chameleon.resilience.pace.enabled=false",
				"chameleon.resilience.retry.enabled=false",
				// open long enough for the checks below to see it open
				"chameleon.resilience.circuit-breaker.open-duration=60s",
				"chameleon.resilience.circuit-breaker.max-open-duration=60s",
				"management.endpoint.health.show-components=always"), Stream.of(extra))
			.toArray(String[]::new);
		this.app = ConsumerApp.run(WebApplicationType.SERVLET, this.emulator, properties);
	}

	private void openTheCircuit() {
		ChameleonOperations chameleon = this.app.getBean(ChameleonOperations.class);
		String tourId = this.emulator.data().publishedTourId();
		this.emulator.faults().randomly(1.0, Fault.internalError());
		Flux.range(0, 10)
			.concatMap((i) -> chameleon.tours().get(tourId).then().onErrorResume((ex) -> Mono.empty()))
			.blockLast(Duration.ofMinutes(1));
		CircuitBreaker breaker = this.app.getBean(CircuitBreakerRegistry.class).circuitBreaker("chameleon");
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		String port = this.app.getEnvironment().getProperty("local.server.port");
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
