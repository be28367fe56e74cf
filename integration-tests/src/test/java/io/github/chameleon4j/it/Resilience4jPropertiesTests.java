package io.github.chameleon4j.it;

import java.time.Duration;
import java.util.stream.Stream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.error.ChameleonServerException;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.Fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An application that tunes the client the Resilience4j way ({@code resilience4j.*} properties read
 * by {@code resilience4j-spring-boot4}) gets the sizes, thresholds and waits it set, and keeps the
 * client's per-error-class rules: a 404 is never a circuit-breaker failure nor retried.
 */
class Resilience4jPropertiesTests {

	private final ChameleonEmulator emulator = ChameleonEmulator.builder().start();

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		this.emulator.close();
	}

	@Test
	void anInstanceWindowOf4AppliesAnd404sNeverCount() {
		start("resilience4j.circuitbreaker.instances.chameleon.sliding-window-size=4",
				"chameleon.resilience.retry.enabled=false");
		assertWindowOf4AppliesAnd404sNeverCount();
	}

	@Test
	void aDefaultConfigWindowOf4AppliesAnd404sNeverCount() {
		start("resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
				"chameleon.resilience.retry.enabled=false");
		assertWindowOf4AppliesAnd404sNeverCount();
	}

	@Test
	void retryInstancePropertiesSetTheAttemptsAnd404sAreNeverRetried() {
		start("resilience4j.retry.instances.chameleon.max-attempts=2",
				"resilience4j.retry.instances.chameleon.wait-duration=10ms");
		ChameleonOperations chameleon = this.app.getBean(ChameleonOperations.class);
		this.emulator.clearRequests();
		assertThatExceptionOfType(ChameleonNotFoundException.class)
			.isThrownBy(() -> chameleon.tours().get("no-such-tour").block(Duration.ofSeconds(30)));
		assertThat(this.emulator.requests()).hasSize(1);
		this.emulator.faults().randomly(1.0, Fault.internalError());
		this.emulator.clearRequests();
		assertThatExceptionOfType(ChameleonServerException.class)
			.isThrownBy(() -> chameleon.tours().get(this.emulator.data().publishedTourId()).block(Duration.ofSeconds(30)))
			.satisfies((ex) -> assertThat(ex.attempts()).isEqualTo(2));
		assertThat(this.emulator.requests()).hasSize(2);
	}

	private void assertWindowOf4AppliesAnd404sNeverCount() {
		ChameleonOperations chameleon = this.app.getBean(ChameleonOperations.class);
		CircuitBreaker breaker = this.app.getBean(CircuitBreakerRegistry.class).circuitBreaker("chameleon");
		assertThat(breaker.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(4);
		assertThat(breaker.getCircuitBreakerConfig().getSlidingWindowType())
			.isEqualTo(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED);
		calls(chameleon, "no-such-tour", 8);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		// four server failures (retries off) fill the window of 4; the starter's own breaker needs 5 calls
		this.emulator.faults().randomly(1.0, Fault.internalError());
		calls(chameleon, this.emulator.data().publishedTourId(), 3);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		calls(chameleon, this.emulator.data().publishedTourId(), 1);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	private static void calls(ChameleonOperations chameleon, String tourId, int count) {
		Flux.range(0, count)
			.concatMap((i) -> chameleon.tours().get(tourId).then().onErrorResume((ex) -> Mono.empty()))
			.blockLast(Duration.ofMinutes(1));
	}

	private void start(String... extra) {
		String[] properties = Stream.concat(Stream.of("chameleon.resilience.pace.enabled=false",
				"chameleon.resilience.retry.initial-backoff=10ms"), Stream.of(extra))
			.toArray(String[]::new);
		this.app = ConsumerApp.run(WebApplicationType.REACTIVE, this.emulator, properties);
	}

}
