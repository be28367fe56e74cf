package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.CompanyQuery;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.ConcurrencyGroup;
import io.github.chameleon4j.test.Fault;

/**
 * Scenario 2: how much of the server's allowance each client turns into successful calls, under
 * each rate-limit strategy of API §3.3, scaled so that a run takes well under a minute. The starter
 * is compared with two baselines built here: a raw WebClient whose callers each wait out the hint
 * of their own 429, and a raw WebClient with a plain Resilience4j Retry of fixed backoff.
 */
final class GoodputScenario {

	private static final Pattern BODY_WAIT = Pattern.compile("\"wait\"\\s*:\\s*(\\d+)");

	/** One rate-limit strategy, scaled. */
	enum Strategy {

		GLOBAL("global: 120 per sliding 10 s (real: 60-120 per minute)", 16, Duration.ofSeconds(30), 12.0),

		BUCKET("bucket: 200 started per fixed 20 s", 16, Duration.ofSeconds(40), 10.0),

		MAX_CONCURRENT("max_concurrent: company list, 2 in flight, 50 ms each, queue 1 s (real: 4 s)", 64,
				Duration.ofSeconds(15), 40.0);

		final String description;

		final int callers;

		final Duration span;

		final double allowancePerSecond;

		Strategy(String description, int callers, Duration span, double allowancePerSecond) {
			this.description = description;
			this.callers = callers;
			this.span = span;
			this.allowancePerSecond = allowancePerSecond;
		}

		void configure(ChameleonEmulator emulator) {
			switch (this) {
				case GLOBAL -> emulator.rateLimits().global(120, Duration.ofSeconds(10));
				case BUCKET -> emulator.rateLimits().bucket(200, Duration.ofSeconds(20));
				case MAX_CONCURRENT -> {
					emulator.rateLimits().maxConcurrent(ConcurrencyGroup.COMPANY_LIST, 2).queueTimeout(Duration.ofSeconds(1));
					emulator.faults().randomly(1.0, Fault.slow(Duration.ofMillis(50)));
				}
			}
		}

		/** The starter is configured with what the user knows: the account's global allowance, or none. */
		void configure(ChameleonResilienceBuilder policy) {
			if (this == MAX_CONCURRENT) {
				// this run has the emulator's global limit off, so the global pace is off too
				policy.pace((p) -> p.enabled(false));
			}
			else {
				policy.pace((p) -> p.requestsPerMinute(720)).pace((p) -> p.window(Duration.ofSeconds(10)));
			}
		}

	}

	void run(Report report) {
		Report.Section section = report.section("2. Goodput under each rate-limit strategy",
				"Closed-loop callers against the emulator's limit, counted by the emulator from the first request's arrival "
						+ "over whole windows. goodput = successful calls per second / allowance; early = requests that "
						+ "arrived after a 429 with a wait hint was answered and before that wait had passed. The starter runs "
						+ "with its defaults except `requests-per-minute` 720 and `pace.window` 10s (the scaled global allowance; "
						+ "pacing off in the max_concurrent run, where the emulator's global limit is off). "
						+ "Baselines: `raw+hint` retries each 429 after its own hint (at once when the hint has no wait); "
						+ "`raw+r4j` uses a Resilience4j Retry with a fixed 1 s backoff. "
						+ "Targets (starter): goodput >= 0.97, 429s <= 1 % of calls, zero early requests.",
				"strategy", "callers", "client", "allowance/s", "successes/s", "goodput", "429s per success", "early",
				"failed calls", "target");
		for (Strategy strategy : Strategy.values()) {
			for (String client : new String[] { "starter", "raw+hint", "raw+r4j" }) {
				runOne(section, strategy, client);
			}
		}
	}

	private void runOne(Report.Section section, Strategy strategy, String client) {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(10)
			.seedCompanies(10)
			.requestLogCapacity(200_000)
			.start(); ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(),
					(policy) -> strategy.configure(policy))) {
			strategy.configure(emulator);
			String tourId = emulator.data().publishedTourId();
			WebClient raw = Clients.raw(emulator);
			Supplier<Mono<?>> rawAttempt = (strategy == Strategy.MAX_CONCURRENT)
					? () -> raw.post()
						.uri("/v3/analyze/companies")
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(Map.of("limit", 50))
						.retrieve()
						.bodyToMono(String.class)
					: () -> raw.get().uri("/v3/edit/tours/{id}", tourId).retrieve().bodyToMono(String.class);
			Supplier<Mono<?>> call = switch (client) {
				case "starter" -> (strategy == Strategy.MAX_CONCURRENT) ? () -> starter.companies().list(CompanyQuery.all())
						: () -> starter.tours().get(tourId);
				case "raw+hint" -> () -> retryAfterOwnHint(rawAttempt);
				default -> fixedBackoff(rawAttempt);
			};
			ClosedLoop loop = ClosedLoop.run(strategy.callers, strategy.span.plusMillis(500), call);
			ServerLog seen = ServerLog.of(emulator.requests(), strategy.span);
			double perSecond = seen.successes() / (strategy.span.toNanos() / 1e9);
			double goodput = perSecond / strategy.allowancePerSecond;
			double limitedPerSuccess = (seen.successes() == 0) ? Double.NaN
					: (double) seen.rateLimited() / seen.successes();
			boolean hints = strategy != Strategy.MAX_CONCURRENT;
			String target = "—";
			if (client.equals("starter")) {
				boolean met = goodput >= 0.97 && limitedPerSuccess <= 0.01 && seen.early() == 0;
				target = met ? "met" : "MISSED";
			}
			section.row(strategy.description, strategy.callers, client, Report.fixed(strategy.allowancePerSecond, 1),
					Report.fixed(perSecond, 2), Report.fixed(goodput, 3), Report.percent(limitedPerSuccess),
					hints ? seen.early() : "n/a (no wait hint)", loop.failed.get(), target);
		}
	}

	/** Baseline 1: each caller waits out the hint of its own 429, unaware of the other callers. */
	private static Mono<?> retryAfterOwnHint(Supplier<Mono<?>> attempt) {
		return Mono.defer(attempt).retryWhen(reactor.util.retry.Retry.from((signals) -> signals.concatMap((signal) -> {
			if (signal.failure() instanceof WebClientResponseException failure && failure.getStatusCode().value() == 429) {
				Duration wait = hint(failure);
				return wait.isZero() ? Mono.just(0L) : Mono.delay(wait);
			}
			return Mono.error(signal.failure());
		})));
	}

	private static Duration hint(WebClientResponseException failure) {
		for (String header : new String[] { "X-Retry-After", "X-Ratelimit-Wait" }) {
			String value = failure.getHeaders().getFirst(header);
			if (value != null) {
				return Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000));
			}
		}
		Matcher body = BODY_WAIT.matcher(failure.getResponseBodyAsString());
		return body.find() ? Duration.ofSeconds(Long.parseLong(body.group(1))) : Duration.ZERO;
	}

	/** Baseline 2: a plain Resilience4j Retry, fixed 1 s backoff on 429, shared by all callers. */
	private static Supplier<Mono<?>> fixedBackoff(Supplier<Mono<?>> attempt) {
		Retry retry = Retry.of("fixed-backoff", RetryConfig.custom()
			.maxAttempts(1000)
			.waitDuration(Duration.ofSeconds(1))
			.retryOnException((ex) -> ex instanceof WebClientResponseException failure
					&& failure.getStatusCode().value() == 429)
			.build());
		RetryOperator<Object> operator = RetryOperator.of(retry);
		return () -> Mono.defer(attempt).cast(Object.class).transformDeferred(operator);
	}

}
