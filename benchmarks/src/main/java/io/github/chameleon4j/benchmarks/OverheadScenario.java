package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.resources.LoopResources;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.Tour;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;
import io.github.chameleon4j.test.ChameleonEmulator;

/**
 * Scenario 1: what the starter costs per call. The same GET ({@code /v3/edit/tours/:id}, decoded
 * into the same {@link Tour} record with the same mapper) through a raw WebClient and through
 * {@link ChameleonOperations}, against the emulator with every limit off, at several concurrencies.
 * Runs alternate between the two clients so that drift on a noisy machine hits both equally.
 */
final class OverheadScenario {

	private static final int[] CONCURRENCY = { 1, 16, 64 };

	private static final int ROUNDS = 5;

	private static final Duration INITIAL_WARMUP = Duration.ofSeconds(8);

	private static final Duration WARMUP = Duration.ofSeconds(1);

	private static final Duration MEASURE = Duration.ofSeconds(3);

	private static final Consumer<ChameleonResilienceBuilder> UNPACED = (policy) -> policy.pace((p) -> p.enabled(false))
		.concurrency((c) -> c.maxInFlight(64));

	/** One event loop that both one-caller clients run on. */
	private static final LoopResources PINNED = LoopResources.create("overhead-one-caller", 1, true);

	/** The raw client's view of the response envelope. */
	record TourEnvelope(Tour tour) {
	}

	private static Supplier<Mono<?>> get(WebClient client, String tourId) {
		return () -> client.get()
			.uri("/v3/edit/tours/{id}", tourId)
			.retrieve()
			.bodyToMono(TourEnvelope.class)
			.map(TourEnvelope::tour);
	}

	void run(Report report) {
		Report.Section section = report.section("1. Overhead: ChameleonOperations vs raw WebClient",
				"Same GET `/v3/edit/tours/:id` against the emulator with every limit off, decoded into the same record. "
						+ "The starter runs its full request path (error filter, metrics filter, deadline, retry, circuit breaker, "
						+ "cool-down gate, concurrency permits) with pacing off and `max-in-flight` 64. At one caller each client keeps "
						+ "one connection, so which event loop (and core) serves it for the whole row is a draw; the one-caller row runs "
						+ "both clients on one shared single-thread event loop (the starter still through Boot's connector, `runOn` "
						+ "added by a customizer). Both clients are first warmed in turn, "
						+ INITIAL_WARMUP.toSeconds() + " s each, twice. "
						+ ROUNDS + " rounds per concurrency, each a back-to-back pair of " + MEASURE.toSeconds() + " s runs whose calls in flight at the end finish (order "
						+ "alternating); ratio = median over the rounds of starter/raw calls per second (successful calls only; "
						+ "failed calls are counted in their own column); latencies pooled. "
						+ "Target: throughput ratio >= 0.95.",
				"callers", "raw calls/s", "starter calls/s", "ratio (median)", "raw p50 µs", "added p50 µs", "raw p99 µs",
				"added p99 µs", "failed calls raw / starter", "target");
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(10)
			.requestLogCapacity(0)
			.maxConcurrentEnabled(false)
			.start(); ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(), UNPACED);
				ChameleonOperations pinnedStarter = Clients.chameleon(emulator.baseUrl(), emulator.accountSecret(),
						new SimpleMeterRegistry(), UNPACED, PINNED)) {
			String tourId = emulator.data().publishedTourId();
			WebClient raw = Clients.raw(emulator);
			WebClient pinnedRaw = Clients.raw(emulator, PINNED);
			Supplier<Mono<?>> viaRaw = get(raw, tourId);
			Supplier<Mono<?>> viaStarter = () -> starter.tours().get(tourId);
			Supplier<Mono<?>> viaPinnedRaw = get(pinnedRaw, tourId);
			Supplier<Mono<?>> viaPinnedStarter = () -> pinnedStarter.tours().get(tourId);
			// JIT warm-up of both paths before anything is measured: on 2 cores the compilers need about 20 s of
			// load before either client reaches its steady rate, and the starter (more code) gets there last
			for (int i = 0; i < 2; i++) {
				ClosedLoop.run(16, INITIAL_WARMUP, viaRaw, true);
				ClosedLoop.run(16, INITIAL_WARMUP, viaStarter, true);
			}
			ClosedLoop.run(1, WARMUP, viaPinnedRaw, true);
			ClosedLoop.run(1, WARMUP, viaPinnedStarter, true);
			for (int callers : CONCURRENCY) {
				// one caller keeps one connection per client, whose event loop is a draw for the whole row (which
				// core it shares with which server thread): both one-caller clients use the same single loop
				Supplier<Mono<?>> rawCall = (callers == 1) ? viaPinnedRaw : viaRaw;
				Supplier<Mono<?>> starterCall = (callers == 1) ? viaPinnedStarter : viaStarter;
				Latencies rawLatencies = new Latencies();
				Latencies starterLatencies = new Latencies();
				double rawCalls = 0;
				double starterCalls = 0;
				double[] ratios = new double[ROUNDS];
				long[] failures = new long[2];
				String[] firstFailure = new String[2];
				for (int round = 0; round < ROUNDS; round++) {
					boolean rawFirst = round % 2 == 0;
					double rawRound = 0;
					double starterRound = 0;
					for (int turn = 0; turn < 2; turn++) {
						boolean isRaw = rawFirst == (turn == 0);
						Supplier<Mono<?>> call = isRaw ? rawCall : starterCall;
						ClosedLoop.run(callers, WARMUP, call, true);
						ClosedLoop measured = ClosedLoop.run(callers, MEASURE, call, true);
						if (measured.failed.get() > 0) {
							// a failed call is not counted as a call; the row says how many and the first cause
							failures[isRaw ? 0 : 1] += measured.failed.get();
							if (firstFailure[isRaw ? 0 : 1] == null) {
								firstFailure[isRaw ? 0 : 1] = String.valueOf(measured.firstFailure.get()).replace('|', '/');
							}
						}
						if (isRaw) {
							rawRound = measured.callsPerSecond();
							rawCalls += measured.callsPerSecond();
							rawLatencies.addAll(measured.latencies);
						}
						else {
							starterRound = measured.callsPerSecond();
							starterCalls += measured.callsPerSecond();
							starterLatencies.addAll(measured.latencies);
						}
					}
					ratios[round] = starterRound / rawRound;
					// each round on the console (not in the results file): a low median shows whether one round or all were low
					System.out.printf("    callers=%d round=%d raw calls/s=%.0f starter calls/s=%.0f ratio=%.3f%n", callers, round,
							rawRound, starterRound, ratios[round]);
				}
				// the median of back-to-back pairs: drift on a shared machine cancels within a pair
				java.util.Arrays.sort(ratios);
				double ratio = ratios[ROUNDS / 2];
				double rawP50 = rawLatencies.percentileMicros(50);
				double rawP99 = rawLatencies.percentileMicros(99);
				section.row(callers, Report.fixed(rawCalls / ROUNDS, 0), Report.fixed(starterCalls / ROUNDS, 0),
						Report.fixed(ratio, 3), Report.fixed(rawP50, 0),
						Report.fixed(starterLatencies.percentileMicros(50) - rawP50, 0), Report.fixed(rawP99, 0),
						Report.fixed(starterLatencies.percentileMicros(99) - rawP99, 0),
						failures[0] + " / " + failures[1] + ((firstFailure[0] != null) ? " (raw: " + firstFailure[0] + ")" : "")
								+ ((firstFailure[1] != null) ? " (starter: " + firstFailure[1] + ")" : ""),
						(ratio >= 0.95 && failures[1] == 0) ? "met" : "MISSED");
			}
		}
	}

}
