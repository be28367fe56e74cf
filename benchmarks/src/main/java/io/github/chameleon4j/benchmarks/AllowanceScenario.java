package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;
import io.github.chameleon4j.resilience.PaceMode;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.RecordedRequest;

/**
 * Scenario "allowance": the account's global allowance is unknown to the client. The emulator allows
 * 60, 90 or 120 requests per sliding window (Chameleon documents "currently 60-120 per minute"), and
 * the starter runs at its defaults, not told the allowance. Time is scaled by 6 so a run takes well
 * under two minutes: the emulator's window is 10 s instead of a minute, and every setting of the pace
 * that is a rate or a time is scaled with it (per-minute values x 6, durations / 6); the cool-down's
 * jitter, the retry backoffs and the deadline are not scaled, and {@code X-Retry-After} is in whole
 * real seconds, so each 429 costs the scaled run relatively more than a real one. The previous
 * default, a fixed pace of 100 per minute, runs beside it for comparison.
 */
final class AllowanceScenario {

	private static final int SCALE = 6;

	private static final Duration WINDOW = Duration.ofSeconds(60 / SCALE);

	/** The first window, where the adaptive pace starts at the top of the band, is left out of the counts. */
	private static final Duration SPAN = WINDOW.multipliedBy(11);

	private static final int CALLERS = 16;

	private static final int[] ALLOWANCES = { 60, 90, 120 };

	void run(Report report) {
		Report.Section section = report.section("6. Unknown allowance: the global limit found, not configured",
				"The emulator allows N requests per sliding 10 s window (the real \"N per minute\", time scaled by 6); "
						+ CALLERS + " closed-loop callers over " + SPAN.toSeconds() + " s, counted by the emulator "
						+ "after the first window. `adaptive (default)`: the starter at its defaults, every rate and time "
						+ "of the pace scaled by 6 (starts at 120/min, probe-interval 5 min, window 1 min, floor 30, "
						+ "recovery 10 per 30 s); `fixed 100 (old default)`: the previous default, a fixed pace of 100 "
						+ "per minute, scaled the same way. goodput = successes per window / N. 429s per minute = "
						+ "per window of the emulator, i.e. per minute of the real allowance. Target (adaptive): goodput "
						+ ">= 0.95 and 429s <= 1 % of requests after the first window.",
				"allowance (per min)", "client", "successes per window", "goodput", "429s", "429s / requests",
				"429s per minute", "pace at end (per min)", "failed calls", "target");
		for (int allowance : ALLOWANCES) {
			runOne(section, allowance, "adaptive (default)", (policy) -> {
			});
			runOne(section, allowance, "fixed 100 (old default)",
					(policy) -> policy.pace((p) -> p.mode(PaceMode.FIXED).requestsPerMinute(100 * SCALE)));
		}
	}

	private void runOne(Report.Section section, int allowance, String client, Consumer<ChameleonResilienceBuilder> mode) {
		ChameleonResilienceBuilder builder = scaledDefaults();
		mode.accept(builder);
		ChameleonResilience policy = builder.build();
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(10)
			.requestLogCapacity(200_000)
			.start(); ChameleonOperations starter = ChameleonOperations.builder()
				.baseUrl(emulator.baseUrl())
				.accountSecret(emulator.accountSecret())
				.maxConnections(Clients.MAX_CONNECTIONS)
				.callPolicy(policy)
				.filter(new ChameleonMetricsFilter(new SimpleMeterRegistry(), "benchmark", emulator.baseUrl()))
				.build()) {
			emulator.rateLimits().global(allowance, WINDOW);
			String tourId = emulator.data().publishedTourId();
			ClosedLoop loop = ClosedLoop.run(CALLERS, SPAN.plusMillis(500), () -> starter.tours().get(tourId));
			List<RecordedRequest> log = emulator.requests()
				.stream()
				.sorted(Comparator.comparing(RecordedRequest::startedAt))
				.toList();
			Instant first = log.get(0).startedAt();
			Instant from = first.plus(WINDOW);
			Instant to = first.plus(SPAN);
			List<RecordedRequest> counted = log.stream()
				.filter((r) -> !r.startedAt().isBefore(from) && r.startedAt().isBefore(to))
				.toList();
			long successes = counted.stream().filter((r) -> r.status() >= 200 && r.status() < 300).count();
			long limited = counted.stream().filter((r) -> r.status() == 429).count();
			double windows = (double) Duration.between(from, to).toMillis() / WINDOW.toMillis();
			double perWindow = successes / windows;
			double goodput = perWindow / allowance;
			double limitedShare = counted.isEmpty() ? 0 : (double) limited / counted.size();
			String target = "—";
			if (client.startsWith("adaptive")) {
				target = (goodput >= 0.95 && limitedShare <= 0.01) ? "met" : "MISSED";
			}
			section.row(allowance, client, Report.fixed(perWindow, 1), Report.fixed(goodput, 3), limited,
					Report.percent(limitedShare), Report.fixed(limited / windows, 2),
					Report.fixed(policy.currentPacePerMinute() / SCALE, 1), loop.failed.get(), target);
		}
	}

	/** The starter's defaults with every rate and time of the pace scaled to the emulator's 10 s window. */
	private static ChameleonResilienceBuilder scaledDefaults() {
		return ChameleonResilience.builder()
			.name("benchmark")
			.pace((p) -> p.requestsPerMinute(120 * SCALE)
				.window(WINDOW)
				.probeInterval(Duration.ofMinutes(5).dividedBy(SCALE))
				.floor(30 * SCALE)
				.recoveryStep(10 * SCALE)
				.recoveryInterval(Duration.ofSeconds(30).dividedBy(SCALE)));
	}

}
