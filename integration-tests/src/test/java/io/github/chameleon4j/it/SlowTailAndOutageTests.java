package io.github.chameleon4j.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonCircuitOpenException;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.Fault;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The circuit breaker opens for outages, not for a tail of slow calls: with 5 % of requests held
 * past the response timeout on an otherwise healthy server, every GET succeeds and the circuit
 * stays closed; when every request fails, it opens.
 */
class SlowTailAndOutageTests {

	private final ChameleonEmulator emulator = ChameleonEmulator.builder().requestLogCapacity(5_000).start();

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		this.emulator.close();
	}

	private ChameleonOperations start() {
		this.app = ConsumerApp.run(WebApplicationType.REACTIVE, this.emulator,
				"chameleon.resilience.pace.enabled=false",
				// scaled down from a 2 s timeout: the held requests answer only after 4 x the timeout
				"chameleon.response-timeout=300ms",
				"chameleon.resilience.retry.initial-backoff=20ms",
				"chameleon.resilience.retry.max-backoff=100ms",
				"chameleon.resilience.concurrency.max-in-flight=64");
		return this.app.getBean(ChameleonOperations.class);
	}

	private CircuitBreaker breaker() {
		return this.app.getBean(CircuitBreakerRegistry.class).circuitBreaker("chameleon");
	}

	@Test
	void aTailOfTimeoutsOnAHealthyServerKeepsTheCircuitClosedAndEveryGetSucceeds() {
		ChameleonOperations chameleon = start();
		String tourId = this.emulator.data().publishedTourId();
		// a running application: connections open and code warm (a cold start alone can outlast a 300 ms timeout)
		Flux.range(0, 256).flatMap((i) -> chameleon.tours().get(tourId).onErrorResume((ex) -> Mono.empty()), 64)
			.blockLast(Duration.ofMinutes(1));
		breaker().reset();
		this.emulator.faults().randomly(0.05, Fault.slow(Duration.ofMillis(1200)));
		AtomicInteger opened = new AtomicInteger();
		breaker().getEventPublisher().onStateTransition((event) -> {
			if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
				opened.incrementAndGet();
			}
		});
		List<Object> results = Flux.range(0, 200)
			.flatMap((i) -> chameleon.tours().get(tourId).<Object>map((tour) -> tour)
				.onErrorResume((ex) -> Mono.just(ex)), 64)
			.collectList()
			.block(Duration.ofMinutes(2));
		assertThat(results).hasSize(200).noneMatch(Throwable.class::isInstance);
		assertThat(opened).hasValue(0);
		assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		double timedOut = this.app.getBean(MeterRegistry.class).find("chameleon.client.responses")
			.tag("outcome", "TRANSPORT_ERROR").counters().stream().mapToDouble(Counter::count).sum();
		assertThat(timedOut).as("attempts that timed out").isGreaterThan(3);
	}

	@Test
	void aTotalOutageOpensTheCircuitAndCallersFailFast() {
		ChameleonOperations chameleon = start();
		String tourId = this.emulator.data().publishedTourId();
		this.emulator.faults().randomly(1.0, Fault.unavailableJson());
		this.emulator.clearRequests();
		List<Throwable> failures = Flux.range(0, 40)
			.concatMap((i) -> chameleon.tours().get(tourId).then(Mono.<Throwable>empty())
				.onErrorResume(Mono::just))
			.collectList()
			.block(Duration.ofMinutes(2));
		assertThat(failures).hasSize(40);
		assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(failures).last().isInstanceOf(ChameleonCircuitOpenException.class);
		assertThat(this.emulator.requests().size()).as("requests that reached the failing server").isLessThan(40);
	}

}
