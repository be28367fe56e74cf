package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy at its defaults against a server whose global allowance it is not told, under virtual
 * time: a sliding one-minute window of 60, 90 or 120 requests, as Chameleon documents "60-120 per
 * minute", answering the excess with 429 and {@code X-Retry-After}, and 16 callers that always have
 * work. After the first window the client turns at least 95% of the allowance into successes, and
 * at most 1% of its requests are refused.
 */
class UnknownAllowanceTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private static final Duration RUN = Duration.ofMinutes(30);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	@ParameterizedTest
	@ValueSource(ints = { 60, 90, 120 })
	void atItsDefaultsThePolicySettlesAtTheAccountsAllowanceWithoutSawingInto429s(int allowance) {
		SlidingWindowServer server = new SlidingWindowServer(allowance);
		ChameleonResilience policy = ChameleonResilience.builder()
			.clock(this.clock)
			.scheduler(this.vts)
			.random(() -> 0.5)
			.deadline(null)
			.build();
		Disposable load = Flux.range(0, 16)
			.flatMap((caller) -> Mono.defer(() -> policy.apply(GET, Mono.defer(server::answer)))
				.onErrorResume((ex) -> Mono.empty())
				.repeat(), 16)
			.subscribe();
		this.vts.advanceTimeBy(RUN);
		load.dispose();

		Instant from = Instant.EPOCH.plus(WINDOW);
		long successes = server.successes.stream().filter((at) -> !at.isBefore(from)).count();
		long refused = server.refusals.stream().filter((at) -> !at.isBefore(from)).count();
		double minutes = RUN.minus(WINDOW).toSeconds() / 60.0;
		double goodput = successes / (allowance * minutes);
		assertThat(goodput).as("goodput after the first window").isGreaterThanOrEqualTo(0.95);
		assertThat((double) refused / (successes + refused)).as("share of requests refused").isLessThanOrEqualTo(0.01);
		// and it has settled where the account is: at the allowance, not below nor above
		assertThat(policy.currentPacePerMinute()).isBetween(allowance * 0.95, allowance + 2.0);
	}

	/** Chameleon's {@code global} strategy: at most {@code limit} admitted requests in any trailing minute. */
	private final class SlidingWindowServer {

		private final int limit;

		private final ArrayDeque<Instant> admitted = new ArrayDeque<>();

		final List<Instant> successes = new ArrayList<>();

		final List<Instant> refusals = new ArrayList<>();

		SlidingWindowServer(int limit) {
			this.limit = limit;
		}

		synchronized Mono<String> answer() {
			Instant now = UnknownAllowanceTests.this.clock.instant();
			while (!this.admitted.isEmpty() && !this.admitted.peekFirst().isAfter(now.minus(WINDOW))) {
				this.admitted.pollFirst();
			}
			if (this.admitted.size() < this.limit) {
				this.admitted.addLast(now);
				this.successes.add(now);
				return Mono.just("ok");
			}
			this.refusals.add(now);
			long millis = Duration.between(now, this.admitted.peekFirst().plus(WINDOW)).toMillis();
			long seconds = Math.max(1, (millis + 999) / 1000);
			return Mono.error(Failures.status(429, "X-Retry-After", Long.toString(seconds)));
		}

	}

}
