package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.test.ChameleonEmulator;

/**
 * Scenario 9: where the overhead of scenario 1 sits. The same GET through a raw WebClient and through three
 * clients that each add one layer: the front door alone ({@link CallPolicy#direct()}, a plain Reactor Netty
 * connector), plus the resilience policy, plus the connector built by Boot's {@code ClientHttpConnectorBuilder}
 * (the default). 16 callers; the order rotates every round so that JIT warm-up and drift hit every client alike.
 */
final class OverheadAttributionScenario {

	private static final int CALLERS = 16;

	private static final int ROUNDS = 4;

	private static final Duration WARMUP = Duration.ofSeconds(8);

	private static final Duration MEASURE = Duration.ofSeconds(4);

	void run(Report report) {
		Report.Section section = report.section("9. Where the overhead sits (16 callers)",
				"Same GET as scenario 1. Each client adds one layer to the one above it; ratio = calls per second / raw's, "
						+ "summed over " + ROUNDS + " rounds of " + MEASURE.toSeconds() + " s with the order rotated each round.",
				"client", "calls/s", "ratio to raw");
		ConnectionProvider provider = ConnectionProvider.builder("attribution").maxConnections(64)
			.pendingAcquireMaxCount(-1).build();
		try (ChameleonEmulator emulator = ChameleonEmulator.builder().seedProfiles(10).requestLogCapacity(0)
			.maxConcurrentEnabled(false).start();
				ChameleonOperations frontDoor = ChameleonOperations.builder().baseUrl(emulator.baseUrl())
					.accountSecret(emulator.accountSecret())
					.clientConnector(new ReactorClientHttpConnector(HttpClient.create(provider)))
					.callPolicy(CallPolicy.direct()).build();
				ChameleonOperations withPolicy = ChameleonOperations.builder().baseUrl(emulator.baseUrl())
					.accountSecret(emulator.accountSecret())
					.clientConnector(new ReactorClientHttpConnector(HttpClient.create(provider)))
					.callPolicy(ChameleonResilience.builder().name("attribution").pace((p) -> p.enabled(false))
						.concurrency((c) -> c.maxInFlight(64)).build())
					.filter(new ChameleonMetricsFilter(new SimpleMeterRegistry(), "attribution", emulator.baseUrl()))
					.build();
				ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(),
						(policy) -> policy.pace((p) -> p.enabled(false)).concurrency((c) -> c.maxInFlight(64)))) {
			String tourId = emulator.data().publishedTourId();
			WebClient raw = Clients.raw(emulator);
			List<String> names = List.of("raw WebClient", "front door, CallPolicy.direct(), plain connector",
					"+ resilience policy and metrics filter", "+ Boot's connector (the starter as shipped)");
			List<Supplier<Mono<?>>> calls = List.of(
					() -> raw.get().uri("/v3/edit/tours/{id}", tourId).retrieve()
						.bodyToMono(OverheadScenario.TourEnvelope.class).map(OverheadScenario.TourEnvelope::tour),
					() -> frontDoor.tours().get(tourId), () -> withPolicy.tours().get(tourId),
					() -> starter.tours().get(tourId));
			calls.forEach((call) -> ClosedLoop.run(CALLERS, WARMUP, call, true));
			double[] sums = new double[calls.size()];
			for (int round = 0; round < ROUNDS; round++) {
				for (int k = 0; k < calls.size(); k++) {
					int i = (k + round) % calls.size();
					sums[i] += ClosedLoop.run(CALLERS, MEASURE, calls.get(i), true).callsPerSecond();
				}
			}
			for (int i = 0; i < calls.size(); i++) {
				section.row(names.get(i), Report.fixed(sums[i] / ROUNDS, 0), Report.fixed(sums[i] / sums[0], 3));
			}
		}
		finally {
			provider.disposeLater().subscribe();
		}
	}

}
