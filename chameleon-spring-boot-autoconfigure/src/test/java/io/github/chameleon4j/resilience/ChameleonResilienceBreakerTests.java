package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.error.ChameleonCircuitOpenException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The circuit breaker against a simulated server under steady load, in virtual time: it opens
 * for outages, not for a tail of slow calls, and lets callers through soon after the server is back.
 */
class ChameleonResilienceBreakerTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	/** The client's response timeout in the user's trial. */
	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration ANSWER_TIME = Duration.ofMillis(50);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final AtomicInteger attempts = new AtomicInteger();

	private final List<Instant> attemptsSent = new CopyOnWriteArrayList<>();

	private final List<Instant> successes = new CopyOnWriteArrayList<>();

	private final List<Instant> refusals = new CopyOnWriteArrayList<>();

	private final List<Throwable> otherFailures = new CopyOnWriteArrayList<>();

	/** Whether each attempt failed, in the order the attempts ended. */
	private final List<Boolean> endings = new CopyOnWriteArrayList<>();

	private final List<Transition> transitions = new CopyOnWriteArrayList<>();

	private record Transition(Instant at, CircuitBreaker.StateTransition transition) {
	}

	/** The defaults, on virtual time, without pacing (the trial ran against an emulator far above the global limit). */
	private ChameleonResilienceBuilder builder() {
		return ChameleonResilience.builder().clock(this.clock).scheduler(this.vts).random(() -> 0.0)
			.cooldown((c) -> c.maxJitter(Duration.ZERO)).pace((p) -> p.enabled(false));
	}

	private ChameleonResilience listened(ChameleonResilience policy) {
		policy.circuitBreaker().orElseThrow().getEventPublisher().onStateTransition((event) -> this.transitions
			.add(new Transition(this.clock.instant(), event.getStateTransition())));
		return policy;
	}

	/** One attempt against the simulated server: down answers 503 at once, held ones time out, the rest succeed. */
	private Mono<String> server(Predicate<Instant> down, Predicate<Integer> held) {
		return Mono.defer(() -> {
			int attempt = this.attempts.getAndIncrement();
			Instant now = this.clock.instant();
			this.attemptsSent.add(now);
			if (down.test(now)) {
				return Mono.delay(ANSWER_TIME, this.vts).then(Mono.error(Failures.status(503)));
			}
			if (held.test(attempt)) {
				return Mono.delay(RESPONSE_TIMEOUT, this.vts).then(Mono.<String>error(Failures.transport(true)));
			}
			return Mono.delay(ANSWER_TIME, this.vts).thenReturn("ok");
		}).doOnSuccess((ok) -> this.endings.add(false)).doOnError((error) -> this.endings.add(true));
	}

	private void call(ChameleonResilience policy, Mono<String> attempt) {
		policy.apply(GET, attempt).subscribe((ok) -> this.successes.add(this.clock.instant()), (error) -> {
			if (error instanceof ChameleonCircuitOpenException) {
				this.refusals.add(this.clock.instant());
			}
			else {
				this.otherFailures.add(error);
			}
		});
	}

	/** Steady load: one new call every {@code every} until {@code until}, then time runs on for {@code drain}. */
	private void steadyLoad(ChameleonResilience policy, Duration every, Duration until, Duration drain,
			Mono<String> attempt) {
		for (Duration t = Duration.ZERO; t.compareTo(until) < 0; t = t.plus(every)) {
			call(policy, attempt);
			this.vts.advanceTimeBy(every);
		}
		this.vts.advanceTimeBy(drain);
	}

	/**
	 * A batch of 400 GETs at once, 32 in flight, 1 attempt in 20 held past the 2s response timeout:
	 * the held ones pile up, so when the batch is done about 20 timeouts arrive after the last success.
	 */
	private void tailOfTimeouts(ChameleonResilience policy) {
		Mono<String> attempt = server((now) -> false, (n) -> n % 20 == 19);
		for (int i = 0; i < 400; i++) {
			call(policy, attempt);
		}
		this.vts.advanceTimeBy(Duration.ofMinutes(1));
	}

	@Test
	void whenATailOfTimeoutsArrivesLastAmongMostlySuccessfulCallsThenTheCircuitStaysClosed() {
		ChameleonResilience policy = listened(builder().concurrency((c) -> c.maxInFlight(32)).build());
		tailOfTimeouts(policy);
		assertThat(this.transitions).isEmpty();
		assertThat(this.refusals).isEmpty();
		assertThat(this.otherFailures).isEmpty();
		assertThat(this.successes).hasSize(400);
		// the timeouts were retried: every one of them reached the server again
		assertThat(this.attempts.get()).isGreaterThan(400);
		// and the tail is real: at some point half of the last 20 attempts to end had timed out, which
		// opened the former count-based window (last 20 calls, at least 10, 50 %)
		assertThat(mostFailuresAmongTheLast(20)).isGreaterThanOrEqualTo(10);
	}

	private int mostFailuresAmongTheLast(int window) {
		int most = 0;
		for (int end = window; end <= this.endings.size(); end++) {
			most = Math.max(most, (int) this.endings.subList(end - window, end).stream().filter((failed) -> failed).count());
		}
		return most;
	}

	@Test
	void whenTheServerGoesDownUnderSteadyLoadThenTheCircuitOpensWithinTwoSeconds() {
		ChameleonResilience policy = listened(builder().build());
		Instant outage = Instant.EPOCH.plusSeconds(10);
		steadyLoad(policy, Duration.ofMillis(50), Duration.ofSeconds(14), Duration.ofMinutes(1),
				server((now) -> !now.isBefore(outage), (n) -> false));
		assertThat(this.transitions).first().satisfies((first) -> {
			assertThat(first.transition()).isEqualTo(CircuitBreaker.StateTransition.CLOSED_TO_OPEN);
			assertThat(first.at()).isAfter(outage).isBeforeOrEqualTo(outage.plusSeconds(2));
		});
	}

	@Test
	void whenTheServerStopsAnsweringThenTheTimeoutsOpenTheCircuitWithinTwoSecondsOfTheFirst() {
		ChameleonResilience policy = listened(builder().build());
		Instant silent = Instant.EPOCH.plusSeconds(10);
		// every request sent from 10s on is held until the response timeout
		steadyLoad(policy, Duration.ofMillis(50), Duration.ofSeconds(16), Duration.ofMinutes(1), Mono.defer(() -> {
			this.attemptsSent.add(this.clock.instant());
			return this.clock.instant().isBefore(silent) ? Mono.delay(ANSWER_TIME, this.vts).thenReturn("ok")
					: Mono.delay(RESPONSE_TIMEOUT, this.vts).then(Mono.<String>error(Failures.transport(true)));
		}));
		Instant firstTimeout = silent.plus(RESPONSE_TIMEOUT);
		assertThat(this.transitions).first().satisfies((first) -> {
			assertThat(first.transition()).isEqualTo(CircuitBreaker.StateTransition.CLOSED_TO_OPEN);
			assertThat(first.at()).isAfter(firstTimeout).isBeforeOrEqualTo(firstTimeout.plusSeconds(2));
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 250, 500, 750, 1000, 1250, 1500, 1750 })
	void whenTheServerIsBackAfterA15sOutageThenCallersAreRefusedForAtMostTheMaxOpenDurationAndProbesStayFew(int offset) {
		ChameleonResilience policy = listened(builder().build());
		Instant down = Instant.EPOCH.plusSeconds(10).plusMillis(offset);
		Instant back = down.plusSeconds(15);
		steadyLoad(policy, Duration.ofMillis(50), Duration.ofSeconds(40), Duration.ofMinutes(1),
				server((now) -> !now.isBefore(down) && now.isBefore(back), (n) -> false));
		assertThat(this.refusals).isNotEmpty();
		Instant lastRefusal = this.refusals.get(this.refusals.size() - 1);
		// at most the longest open state (4s), however the outage fell; about a second in practice
		assertThat(Duration.between(back, lastRefusal)).isLessThanOrEqualTo(Duration.ofSeconds(4));
		assertThat(policy.circuitBreakerState()).isEqualTo("CLOSED");
		assertThat(this.successes).filteredOn((at) -> at.isAfter(lastRefusal)).hasSizeGreaterThan(200);
		// while open, only probes reached the server: far fewer than the 300 calls made in the outage
		long sentWhileDown = this.attemptsSent.stream().filter((at) -> !at.isBefore(down.plusSeconds(2)) && at.isBefore(back)).count();
		assertThat(sentWhileDown).isLessThan(30);
	}

	@Test
	void whenProbesKeepFailingThenTheOpenStateDoublesUpToItsMaximumAndStartsOverOnceClosed() {
		ChameleonResilience policy = builder().retry((r) -> r.enabled(false)).build();
		CircuitBreaker breaker = policy.circuitBreaker().orElseThrow();
		List<Duration> openFor = new CopyOnWriteArrayList<>();
		breaker.getEventPublisher().onStateTransition((event) -> {
			if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
				openFor.add(Duration.between(this.clock.instant(), policy.circuitOpenUntil().orElseThrow()));
			}
		});
		Instant back = Instant.EPOCH.plusSeconds(40);
		steadyLoad(policy, Duration.ofMillis(100), Duration.ofSeconds(50), Duration.ZERO,
				server((now) -> now.isBefore(back), (n) -> false));
		assertThat(openFor).hasSizeGreaterThan(5)
			.startsWith(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4));
		assertThat(policy.circuitBreakerState()).isEqualTo("CLOSED");
		openFor.clear();
		steadyLoad(policy, Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ZERO,
				server((now) -> true, (n) -> false));
		assertThat(openFor).startsWith(Duration.ofSeconds(2));
	}

	@Test
	void onTheSystemClockTheBreakersWindowTakesNoLockAndOnAnInjectedClockItReadsThatClock() {
		// every call's outcome is recorded in the window: on the system clock no monitor is contended for it
		assertThat(ChameleonResilience.builder().build().circuitBreaker().orElseThrow().getCircuitBreakerConfig()
			.getSlidingWindowSynchronizationStrategy())
			.isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE);
		assertThat(ChameleonResilience.builder().clock(java.time.Clock.system(java.time.ZoneId.of("Europe/Paris"))).build()
			.circuitBreaker().orElseThrow().getCircuitBreakerConfig().getSlidingWindowSynchronizationStrategy())
			.isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE);
		// the lock-free window would read the system clock, so a test's virtual clock keeps the synchronized one
		assertThat(builder().build().circuitBreaker().orElseThrow().getCircuitBreakerConfig()
			.getSlidingWindowSynchronizationStrategy())
			.isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.SYNCHRONIZED);
	}

}
