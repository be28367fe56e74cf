package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.ChameleonOperationsBuilder;
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;
import io.github.chameleon4j.test.ChameleonEmulator;

/**
 * One layer of scenario 9, in a JVM of its own: the emulator, a raw WebClient and one client configuration, warmed
 * up in turn (twice the given time each) and then measured in alternating runs (raw, layer, layer, raw, ...). Only these two clients ever run in this
 * JVM, so what the JIT makes of the shared WebClient and Reactor Netty code is the same for every layer. Prints
 * {@code RESULT raw=<calls/s> layer=<calls/s> ratio=<layer/raw>}.
 */
public final class AttributionMain {

	/** The layers, in the order scenario 9 reports them. */
	enum Layer {

		FRONT_DOOR("front door alone: `CallPolicy.direct()`, plain Reactor Netty connector"),
		POLICY("+ resilience policy (pacing off, `max-in-flight` 64)"),
		POLICY_NO_DEADLINE("  the policy without its deadline"),
		POLICY_NO_BREAKER("  the policy without its circuit breaker"),
		POLICY_NO_RETRY("  the policy without its retry"),
		POLICY_NO_PERMITS("  the policy without its concurrency permits"),
		POLICY_NO_GATE("  the policy without its cool-down gate"),
		POLICY_AND_METRICS("+ metrics filter"),
		STARTER("+ Boot's connector: the starter as shipped (scenario 1's client)");

		final String description;

		Layer(String description) {
			this.description = description;
		}

	}

	private AttributionMain() {
	}

	public static void main(String[] args) throws Exception {
		Layer layer = Layer.valueOf(args[0]);
		int callers = Integer.parseInt(args[1]);
		Duration warmup = Duration.ofSeconds(Long.parseLong(args[2]));
		Duration run = Duration.ofSeconds(Long.parseLong(args[3]));
		int pairs = Integer.parseInt(args[4]);
		ConnectionProvider provider = ConnectionProvider.builder("attribution").maxConnections(Clients.MAX_CONNECTIONS)
			.pendingAcquireMaxCount(-1).build();
		try (ChameleonEmulator emulator = ChameleonEmulator.builder().seedProfiles(10).requestLogCapacity(0)
			.maxConcurrentEnabled(false).start(); ChameleonOperations client = client(layer, emulator, provider)) {
			String tourId = emulator.data().publishedTourId();
			WebClient raw = Clients.raw(emulator);
			Supplier<Mono<?>> viaRaw = () -> raw.get().uri("/v3/edit/tours/{id}", tourId).retrieve()
				.bodyToMono(OverheadMain.TourEnvelope.class).map(OverheadMain.TourEnvelope::tour);
			Supplier<Mono<?>> viaLayer = () -> client.tours().get(tourId);
			// on 2 cores the compilers need about 30 s of load before either client reaches its steady rate
			for (int i = 0; i < 2; i++) {
				ClosedLoop.run(callers, warmup, viaRaw, true);
				ClosedLoop.run(callers, warmup, viaLayer, true);
			}
			double[] calls = new double[2];
			long failed = 0;
			for (int i = 0; i < 2 * pairs; i++) {
				// raw, layer, layer, raw, ...: drift over the runs falls on both alike
				int which = (i % 4 == 0 || i % 4 == 3) ? 0 : 1;
				ClosedLoop measured = ClosedLoop.run(callers, run, (which == 0) ? viaRaw : viaLayer, true);
				calls[which] += measured.callsPerSecond();
				failed += measured.failed.get();
			}
			System.out.printf(java.util.Locale.ROOT, "RESULT raw=%.0f layer=%.0f ratio=%.4f failed=%d%n",
					calls[0] / pairs, calls[1] / pairs, calls[1] / calls[0], failed);
		}
		finally {
			provider.disposeLater().block(Duration.ofSeconds(10));
		}
	}

	private static ChameleonOperations client(Layer layer, ChameleonEmulator emulator, ConnectionProvider provider) {
		if (layer == Layer.STARTER) {
			return Clients.chameleon(emulator, new SimpleMeterRegistry(), AttributionMain::benchmarkPolicy);
		}
		ChameleonOperationsBuilder builder = ChameleonOperations.builder().baseUrl(emulator.baseUrl())
			.accountSecret(emulator.accountSecret())
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(provider)));
		if (layer == Layer.FRONT_DOOR) {
			return builder.callPolicy(CallPolicy.direct()).build();
		}
		Consumer<ChameleonResilienceBuilder> without = switch (layer) {
			case POLICY_NO_DEADLINE -> (policy) -> policy.deadline(null);
			case POLICY_NO_BREAKER -> (policy) -> policy.circuitBreaker((breaker) -> breaker.enabled(false));
			case POLICY_NO_RETRY -> (policy) -> policy.retry((retry) -> retry.enabled(false));
			case POLICY_NO_PERMITS -> (policy) -> policy.concurrency((permits) -> permits.enabled(false));
			case POLICY_NO_GATE -> (policy) -> policy.cooldown((gate) -> gate.enabled(false));
			default -> (policy) -> {
			};
		};
		ChameleonResilienceBuilder policy = ChameleonResilience.builder().name("attribution");
		benchmarkPolicy(policy);
		without.accept(policy);
		builder.callPolicy(policy.build());
		if (layer == Layer.POLICY_AND_METRICS) {
			builder.filter(new ChameleonMetricsFilter(new SimpleMeterRegistry(), "attribution", emulator.baseUrl()));
		}
		return builder.build();
	}

	/** Scenario 1's policy: the defaults with pacing off and 64 calls in flight. */
	static void benchmarkPolicy(ChameleonResilienceBuilder policy) {
		policy.pace((pace) -> pace.enabled(false)).concurrency((permits) -> permits.maxInFlight(64));
	}

}
