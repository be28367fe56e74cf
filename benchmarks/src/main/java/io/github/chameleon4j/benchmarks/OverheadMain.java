package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.Locale;
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
 * One fork of scenario 1, in a JVM of its own: the emulator, a raw WebClient and the client under test (the starter,
 * or for the control a second raw WebClient built like the first), warmed in turn and then measured in alternating
 * back-to-back runs at each concurrency (which client is warmed, and so opens its connections, first is an argument: forks
 * alternate it). Prints one line per concurrency,
 * {@code RESULT callers=<n> raw=<calls/s> client=<calls/s> ratio=<median of the rounds' client/raw> rawP50=<µs>
 * clientP50=<µs> rawP99=<µs> clientP99=<µs> failedRaw=<n> failedClient=<n>}, and {@code FAILURE <callers> <client>
 * <first failure>} when calls failed. Arguments: {@code starter} or {@code control}, the rounds per concurrency, and whether the client under
 * test is warmed first ({@code true}) or the raw client ({@code false}, the default).
 */
public final class OverheadMain {

	static final int[] CONCURRENCY = { 1, 16, 64 };

	static final Duration INITIAL_WARMUP = Duration.ofSeconds(8);

	static final Duration WARMUP = Duration.ofSeconds(1);

	static final Duration MEASURE = Duration.ofSeconds(3);

	private static final Consumer<ChameleonResilienceBuilder> UNPACED = (policy) -> policy.pace((p) -> p.enabled(false))
		.concurrency((c) -> c.maxInFlight(64));

	/** The raw client's view of the response envelope. */
	record TourEnvelope(Tour tour) {
	}

	private OverheadMain() {
	}

	static Supplier<Mono<?>> get(WebClient client, String tourId) {
		return () -> client.get()
			.uri("/v3/edit/tours/{id}", tourId)
			.retrieve()
			.bodyToMono(TourEnvelope.class)
			.map(TourEnvelope::tour);
	}

	public static void main(String[] args) {
		boolean control = args[0].equals("control");
		int rounds = Integer.parseInt(args[1]);
		boolean clientFirst = args.length > 2 && Boolean.parseBoolean(args[2]);
		// one event loop that both one-caller clients run on
		LoopResources pinned = LoopResources.create("overhead-one-caller", 1, true);
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(10)
			.requestLogCapacity(0)
			.maxConcurrentEnabled(false)
			.start(); ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(), UNPACED);
				ChameleonOperations pinnedStarter = Clients.chameleon(emulator.baseUrl(), emulator.accountSecret(),
						new SimpleMeterRegistry(), UNPACED, pinned)) {
			String tourId = emulator.data().publishedTourId();
			Supplier<Mono<?>> viaRaw = get(Clients.raw(emulator), tourId);
			Supplier<Mono<?>> viaPinnedRaw = get(Clients.raw(emulator, pinned), tourId);
			// the control measures the method itself: a second raw client, built like the first, in the starter's place
			Supplier<Mono<?>> viaClient = control ? get(Clients.raw(emulator), tourId) : () -> starter.tours().get(tourId);
			Supplier<Mono<?>> viaPinnedClient = control ? get(Clients.raw(emulator, pinned), tourId)
					: () -> pinnedStarter.tours().get(tourId);
			// JIT warm-up of both paths before anything is measured: on 2 cores the compilers need about 20 s of
			// load before either client reaches its steady rate, and the starter (more code) gets there last. The
			// first warm-up opens each client's connections; which client opens them first alternates between forks
			List<Supplier<Mono<?>>> warmups = clientFirst ? List.of(viaClient, viaRaw) : List.of(viaRaw, viaClient);
			for (int i = 0; i < 2; i++) {
				for (Supplier<Mono<?>> warmup : warmups) {
					ClosedLoop.run(16, INITIAL_WARMUP, warmup, true);
				}
			}
			List<Supplier<Mono<?>>> pinnedWarmups = clientFirst ? List.of(viaPinnedClient, viaPinnedRaw)
					: List.of(viaPinnedRaw, viaPinnedClient);
			for (Supplier<Mono<?>> warmup : pinnedWarmups) {
				ClosedLoop.run(1, WARMUP, warmup, true);
			}
			for (int callers : CONCURRENCY) {
				// one caller keeps one connection per client, whose event loop is a draw for the whole row (which
				// core it shares with which server thread): both one-caller clients use the same single loop
				measure(callers, rounds, (callers == 1) ? viaPinnedRaw : viaRaw,
						(callers == 1) ? viaPinnedClient : viaClient);
			}
		}
		finally {
			pinned.dispose();
		}
	}

	private static void measure(int callers, int rounds, Supplier<Mono<?>> rawCall, Supplier<Mono<?>> clientCall) {
		Latencies rawLatencies = new Latencies();
		Latencies clientLatencies = new Latencies();
		double rawCalls = 0;
		double clientCalls = 0;
		double[] ratios = new double[rounds];
		long[] failures = new long[2];
		for (int round = 0; round < rounds; round++) {
			boolean rawFirst = round % 2 == 0;
			double rawRound = 0;
			double clientRound = 0;
			String rawUsage = "";
			String clientUsage = "";
			for (int turn = 0; turn < 2; turn++) {
				boolean isRaw = rawFirst == (turn == 0);
				// which event-loop threads the calls ended on: connections spread unevenly over the loops show here
				Map<String, LongAdder> loops = new ConcurrentHashMap<>();
				Supplier<Mono<?>> plain = isRaw ? rawCall : clientCall;
				Supplier<Mono<?>> call = () -> plain.get()
					.doOnNext((value) -> loops.computeIfAbsent(Thread.currentThread().getName(), (name) -> new LongAdder())
						.increment());
				ClosedLoop.run(callers, WARMUP, call, true);
				long[] before = Usage.now();
				ClosedLoop measured = ClosedLoop.run(callers, MEASURE, call, true);
				String usage = Usage.perCall(before, Usage.now(), measured.succeeded.get() + measured.failed.get())
						+ " " + Usage.loops(loops);
				if (measured.failed.get() > 0) {
					// a failed call is not counted as a call; the row says how many and the first cause
					if (failures[isRaw ? 0 : 1] == 0) {
						System.out.println("FAILURE " + callers + " " + (isRaw ? "raw" : "client") + " "
								+ String.valueOf(measured.firstFailure.get()).replace('|', '/').replace('\n', ' '));
					}
					failures[isRaw ? 0 : 1] += measured.failed.get();
				}
				if (isRaw) {
					rawRound = measured.callsPerSecond();
					rawUsage = usage;
					rawLatencies.addAll(measured.latencies);
				}
				else {
					clientRound = measured.callsPerSecond();
					clientUsage = usage;
					clientLatencies.addAll(measured.latencies);
				}
			}
			rawCalls += rawRound;
			clientCalls += clientRound;
			ratios[round] = clientRound / rawRound;
			// what a call cost the whole JVM (CPU, and context switches of all its threads): a low fork shows
			// whether its client burnt more CPU per call (code) or waited more (locks, wake-ups)
			System.out.printf(Locale.ROOT,
					"    callers=%d round=%d raw calls/s=%.0f client calls/s=%.0f ratio=%.3f raw per call: %s; client per call: %s%n",
					callers, round, rawRound, clientRound, ratios[round], rawUsage, clientUsage);
		}
		// the median of back-to-back pairs: drift on a shared machine cancels within a pair
		Arrays.sort(ratios);
		System.out.printf(Locale.ROOT,
				"RESULT callers=%d raw=%.1f client=%.1f ratio=%.4f rawP50=%.1f clientP50=%.1f rawP99=%.1f clientP99=%.1f "
						+ "failedRaw=%d failedClient=%d%n",
				callers, rawCalls / rounds, clientCalls / rounds, ratios[rounds / 2], rawLatencies.percentileMicros(50),
				clientLatencies.percentileMicros(50), rawLatencies.percentileMicros(99),
				clientLatencies.percentileMicros(99), failures[0], failures[1]);
	}

	/** CPU time and context switches of this JVM, from the OS (Linux {@code /proc}; zeros elsewhere). */
	static final class Usage {

		private Usage() {
		}

		/** @return process CPU ns, voluntary and involuntary context switches summed over the threads */
		static long[] now() {
			long cpu = (java.lang.management.ManagementFactory
				.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) ? os.getProcessCpuTime() : 0;
			long voluntary = 0;
			long involuntary = 0;
			java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
			for (java.io.File task : (tasks != null) ? tasks : new java.io.File[0]) {
				try {
					for (String line : java.nio.file.Files.readAllLines(new java.io.File(task, "status").toPath())) {
						if (line.startsWith("voluntary_ctxt_switches:")) {
							voluntary += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
						}
						else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
							involuntary += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
						}
					}
				}
				catch (java.io.IOException | RuntimeException ex) {
					// a thread that ended meanwhile
				}
			}
			return new long[] { cpu, voluntary, involuntary };
		}

		/** How many threads calls ended on, and each one's share, largest first. */
		static String loops(Map<String, LongAdder> loops) {
			double total = Math.max(1, loops.values().stream().mapToLong(LongAdder::sum).sum());
			return "loops=" + loops.values()
				.stream()
				.map(LongAdder::sum)
				.sorted(java.util.Comparator.reverseOrder())
				.map((count) -> String.format(Locale.ROOT, "%.2f", count / total))
				.collect(java.util.stream.Collectors.joining("/"));
		}

		static String perCall(long[] before, long[] after, long calls) {
			double n = Math.max(1, calls);
			return String.format(Locale.ROOT, "cpu=%.1fus vcsw=%.3f ivcsw=%.3f", (after[0] - before[0]) / 1e3 / n,
					(after[1] - before[1]) / n, (after[2] - before[2]) / n);
		}

	}

}
