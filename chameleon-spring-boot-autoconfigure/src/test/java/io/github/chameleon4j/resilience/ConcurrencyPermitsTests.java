package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.error.ChameleonRateLimitException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

/** Non-blocking permits: lanes and their widths, the overall cap, cancellation, and caps lowered by concurrency 429s. */
class ConcurrencyPermitsTests {

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private ChameleonResilience policy(int maxInFlight) {
		return ChameleonResilience.builder().clock(this.clock).scheduler(this.vts).random(() -> 0.0)
			.cooldown((c) -> c.maxJitter(Duration.ZERO)).pace((p) -> p.enabled(false)).concurrency((c) -> c.maxInFlight(maxInFlight)).build();
	}

	private static final Lane COMPANIES = Lane.of("companies.list", 2);

	private static CallDescriptor call(Lane lane) {
		return new CallDescriptor(HttpMethod.POST, "/v3/test", true, lane, null);
	}

	private static ChameleonRateLimitException concurrency429(String limit) {
		return (ChameleonRateLimitException) Failures.status(429, "X-Ratelimit-Limit", limit);
	}

	private static Mono<String> held(Sinks.One<String> sink, List<String> started, String name) {
		return sink.asMono().doOnSubscribe((s) -> started.add(name));
	}

	@Test
	void whenTwoCallsShareALaneThenTheSecondWaitsUntilTheFirstEndsWhileOtherLanesRun() {
		ChameleonResilience policy = policy(16);
		Sinks.One<String> first = Sinks.one();
		List<String> started = new CopyOnWriteArrayList<>();
		policy.apply(call(Lane.exclusive("deliveries.create:uid:u-1")), first.asMono().doOnSubscribe((s) -> started.add("u1-a"))).subscribe();
		policy.apply(call(Lane.exclusive("deliveries.create:uid:u-1")), Mono.just("x").doOnSubscribe((s) -> started.add("u1-b"))).subscribe();
		policy.apply(call(Lane.exclusive("deliveries.create:uid:u-2")), Mono.<String>never().doOnSubscribe((s) -> started.add("u2"))).subscribe();
		assertThat(started).containsExactly("u1-a", "u2");
		assertThat(policy.inFlight()).isEqualTo(2);
		assertThat(policy.waitingForPermit()).isEqualTo(1);
		first.tryEmitValue("done");
		assertThat(started).containsExactly("u1-a", "u2", "u1-b");
		assertThat(policy.inFlight()).isEqualTo(1);
	}

	@Test
	void whenTheCapIsReachedThenCallersQueueAndAreGrantedInOrder() {
		ChameleonResilience policy = policy(2);
		List<Sinks.One<String>> calls = new CopyOnWriteArrayList<>();
		List<Integer> started = new CopyOnWriteArrayList<>();
		for (int i = 0; i < 4; i++) {
			Sinks.One<String> sink = Sinks.one();
			calls.add(sink);
			int index = i;
			policy.apply(call(null), sink.asMono().doOnSubscribe((s) -> started.add(index))).subscribe();
		}
		assertThat(started).containsExactly(0, 1);
		calls.get(1).tryEmitError(new IllegalStateException("boom"));
		assertThat(started).containsExactly(0, 1, 2);
		calls.get(0).tryEmitEmpty();
		assertThat(started).containsExactly(0, 1, 2, 3);
	}

	@Test
	void whenAWaitingCallerIsCancelledThenItLeavesTheQueueAndARunningOneReleasesItsPermit() {
		ChameleonResilience policy = policy(1);
		List<String> started = new CopyOnWriteArrayList<>();
		Disposable running = policy.apply(call(null), Mono.<String>never().doOnSubscribe((s) -> started.add("a"))).subscribe();
		Disposable waiting = policy.apply(call(null), Mono.just("b").doOnSubscribe((s) -> started.add("b"))).subscribe();
		assertThat(policy.waitingForPermit()).isEqualTo(1);
		waiting.dispose();
		assertThat(policy.waitingForPermit()).isZero();
		running.dispose();
		assertThat(policy.inFlight()).isZero();
		List<String> results = new CopyOnWriteArrayList<>();
		policy.apply(call(null), Mono.just("c").doOnSubscribe((s) -> started.add("c"))).subscribe(results::add);
		assertThat(started).containsExactly("a", "c");
		assertThat(results).containsExactly("c");
		assertThat(policy.inFlight()).isZero();
	}

	@Test
	void whenServerNamesAConcurrencyLimitThenTheCapIsLoweredAndGrowsBackWhenQuiet() {
		ChameleonResilience policy = ChameleonResilience.builder().clock(this.clock).scheduler(this.vts)
			.pace((p) -> p.enabled(false)).concurrency((c) -> c.maxInFlight(8)).pace((p) -> p.recoveryInterval(Duration.ofSeconds(30))).retry((r) -> r.enabled(false)).build();
		ChameleonRateLimitException limited = (ChameleonRateLimitException) Failures.status(429, "X-Ratelimit-Limit", "2");
		policy.apply(call(null), Mono.<String>error(limited)).onErrorResume((e) -> Mono.empty()).subscribe();
		assertThat(policy.concurrencyCap()).isEqualTo(2);
		assertThat(policy.cooldownUntil()).isEmpty();
		this.vts.advanceTimeBy(Duration.ofSeconds(60));
		assertThat(policy.concurrencyCap()).isEqualTo(4);
		this.vts.advanceTimeBy(Duration.ofMinutes(5));
		assertThat(policy.concurrencyCap()).isEqualTo(8);
	}

	@Test
	void whenAConcurrency429IsRetriedThenTheRetryWaitsForAPermitToFree() {
		ChameleonResilience policy = ChameleonResilience.builder().clock(this.clock).scheduler(this.vts).random(() -> 0.0)
			.pace((p) -> p.enabled(false)).concurrency((c) -> c.maxInFlight(4)).retry((r) -> r.initialBackoff(Duration.ofMillis(100))).build();
		Sinks.One<String> holder = Sinks.one();
		policy.apply(call(null), holder.asMono()).subscribe();
		List<String> results = new CopyOnWriteArrayList<>();
		int[] attempts = { 0 };
		Mono<String> attempt = Mono.defer(() -> (attempts[0]++ == 0)
				? Mono.error(Failures.status(429, "X-Ratelimit-Limit", "1")) : Mono.just("ok"));
		policy.apply(call(null), attempt).subscribe(results::add);
		this.vts.advanceTimeBy(Duration.ofSeconds(5));
		assertThat(attempts[0]).isEqualTo(1);
		assertThat(policy.waitingForPermit()).isEqualTo(1);
		holder.tryEmitValue("done");
		assertThat(results).containsExactly("ok");
	}

	@Test
	void whenALaneIsWiderThanOneThenThatManyOfItsCallsRunAndTheNextWaits() {
		ChameleonResilience policy = policy(16);
		List<String> started = new CopyOnWriteArrayList<>();
		Sinks.One<String> first = Sinks.one();
		policy.apply(call(COMPANIES), held(first, started, "c1")).subscribe();
		policy.apply(call(COMPANIES), held(Sinks.one(), started, "c2")).subscribe();
		policy.apply(call(COMPANIES), held(Sinks.one(), started, "c3")).subscribe();
		assertThat(started).containsExactly("c1", "c2");
		first.tryEmitValue("done");
		assertThat(started).containsExactly("c1", "c2", "c3");
	}

	@Test
	void whenALaneCallGetsAConcurrency429ThenOnlyItsLaneNarrowsAndCallsOutsideItNeverWait() {
		ChameleonResilience policy = ChameleonResilience.builder().clock(this.clock).scheduler(this.vts)
			.pace((p) -> p.enabled(false)).concurrency((c) -> c.maxInFlight(16)).pace((p) -> p.recoveryInterval(Duration.ofSeconds(30))).retry((r) -> r.enabled(false)).build();
		policy.apply(call(COMPANIES), Mono.<String>error(concurrency429("1"))).onErrorResume((e) -> Mono.empty()).subscribe();
		assertThat(policy.loweredLaneCaps()).containsExactly(entry("companies.list", 1));
		assertThat(policy.concurrencyCap()).isEqualTo(16);
		assertThat(policy.cooldownUntil()).isEmpty();

		List<String> started = new CopyOnWriteArrayList<>();
		Sinks.One<String> first = Sinks.one();
		policy.apply(call(COMPANIES), held(first, started, "c1")).subscribe();
		policy.apply(call(COMPANIES), held(Sinks.one(), started, "c2")).subscribe();
		for (int i = 0; i < 10; i++) {
			policy.apply(call(null), held(Sinks.one(), started, "other-" + i)).subscribe();
		}
		policy.apply(call(Lane.exclusive("profiles.search")), held(Sinks.one(), started, "search")).subscribe();
		assertThat(started).hasSize(12).contains("c1", "search").doesNotContain("c2");
		assertThat(policy.waitingForPermit()).isEqualTo(1);
		first.tryEmitValue("done");
		assertThat(started).contains("c2");
	}

	@Test
	void whenALoweredLaneIsQuietThenItsCapGrowsBackOneStepPerRecoveryInterval() {
		ChameleonResilience policy = ChameleonResilience.builder().clock(this.clock).scheduler(this.vts)
			.pace((p) -> p.enabled(false)).pace((p) -> p.recoveryInterval(Duration.ofSeconds(30))).retry((r) -> r.enabled(false)).build();
		Lane wide = Lane.of("wide", 4);
		policy.apply(call(wide), Mono.<String>error(concurrency429("1"))).onErrorResume((e) -> Mono.empty()).subscribe();
		assertThat(policy.loweredLaneCaps()).containsExactly(entry("wide", 1));
		this.vts.advanceTimeBy(Duration.ofSeconds(29));
		assertThat(policy.loweredLaneCaps()).containsExactly(entry("wide", 1));
		this.vts.advanceTimeBy(Duration.ofSeconds(31));
		assertThat(policy.loweredLaneCaps()).containsExactly(entry("wide", 3));
		this.vts.advanceTimeBy(Duration.ofSeconds(30));
		assertThat(policy.loweredLaneCaps()).isEmpty();
		List<String> started = new CopyOnWriteArrayList<>();
		for (int i = 0; i < 5; i++) {
			policy.apply(call(wide), held(Sinks.one(), started, "w" + i)).subscribe();
		}
		assertThat(started).hasSize(4);
	}

	@Test
	void whenAConcurrency429NamesNoLimitThenTheLaneNarrowsByOneAndNeverBelowOne() {
		ChameleonResilience policy = ChameleonResilience.builder().clock(this.clock).scheduler(this.vts)
			.pace((p) -> p.enabled(false)).concurrency((c) -> c.maxInFlight(8)).retry((r) -> r.enabled(false)).build();
		policy.apply(call(COMPANIES), Mono.<String>error(concurrency429("unknown"))).onErrorResume((e) -> Mono.empty()).subscribe();
		assertThat(policy.loweredLaneCaps()).containsExactly(entry("companies.list", 1));
		policy.apply(call(COMPANIES), Mono.<String>error(concurrency429("unknown"))).onErrorResume((e) -> Mono.empty()).subscribe();
		assertThat(policy.loweredLaneCaps()).containsExactly(entry("companies.list", 1));
		assertThat(policy.concurrencyCap()).isEqualTo(8);
	}

	@Test
	void whenACallOutsideEveryLaneGetsAConcurrency429WithoutALimitThenTheOverallCapDropsByOne() {
		ChameleonResilience policy = ChameleonResilience.builder().clock(this.clock).scheduler(this.vts)
			.pace((p) -> p.enabled(false)).concurrency((c) -> c.maxInFlight(8)).retry((r) -> r.enabled(false)).build();
		policy.apply(call(null), Mono.<String>error(concurrency429("unknown"))).onErrorResume((e) -> Mono.empty()).subscribe();
		assertThat(policy.concurrencyCap()).isEqualTo(7);
		assertThat(policy.loweredLaneCaps()).isEmpty();
	}

	@Test
	void whenPerProfileLanesComeAndGoThenNoLaneStateIsKept() {
		ConcurrencyPermits permits = new ConcurrencyPermits(this.clock, 16, Duration.ofSeconds(30));
		Deque<ConcurrencyPermits.Permit> granted = new ArrayDeque<>();
		for (int i = 0; i < 1000; i++) {
			permits.acquire(Lane.exclusive("deliveries.create:uid:u-" + i)).subscribe(granted::add);
		}
		assertThat(permits.inFlight()).isEqualTo(16);
		assertThat(permits.laneCount()).isEqualTo(1000);
		int released = 0;
		while (!granted.isEmpty()) {
			granted.poll().release();
			released++;
		}
		assertThat(released).isEqualTo(1000);
		assertThat(permits.inFlight()).isZero();
		assertThat(permits.waiting()).isZero();
		assertThat(permits.laneCount()).isZero();
	}

	@Test
	void whenTheOverallCapIsLoweredThenPermitsOutsideLanesAreTakenUnderItUntilItHasGrownBack() {
		ConcurrencyPermits permits = new ConcurrencyPermits(this.clock, 4, Duration.ofSeconds(30));
		ConcurrencyPermits.Permit first = permits.tryAcquire(null);
		ConcurrencyPermits.Permit second = permits.tryAcquire(null);
		assertThat(first).isNotNull();
		assertThat(second).isNotNull();
		permits.lower(null, OptionalInt.of(2));
		assertThat(permits.tryAcquire(null)).isNull();
		first.release();
		first.release();
		assertThat(permits.inFlight()).isEqualTo(1);
		assertThat(permits.tryAcquire(null)).isNotNull();
		assertThat(permits.tryAcquire(null)).isNull();
		this.vts.advanceTimeBy(Duration.ofSeconds(60));
		assertThat(permits.tryAcquire(null)).isNotNull();
		assertThat(permits.tryAcquire(null)).isNotNull();
		assertThat(permits.tryAcquire(null)).isNull();
		assertThat(permits.inFlight()).isEqualTo(4);
		assertThat(permits.cap()).isEqualTo(4);
	}

	@Test
	void whenManyThreadsTakeAndReturnPermitsAtOnceThenTheCapHoldsAndNoWaiterIsLeftBehind() throws Exception {
		int cap = 2;
		ConcurrencyPermits permits = new ConcurrencyPermits(this.clock, cap, Duration.ofSeconds(30));
		java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger mostHeld = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger queuedCalls = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
			for (int t = 0; t < 4; t++) {
				done.add(threads.submit(() -> {
					for (int i = 0; i < 5_000; i++) {
						ConcurrencyPermits.Permit permit = permits.tryAcquire(null);
						if (permit == null) {
							queuedCalls.incrementAndGet();
							// a waiter nobody grants (a release that missed it) fails here instead of hanging the suite
							permit = permits.acquire(null).toFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
						}
						mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
						held.decrementAndGet();
						permit.release();
					}
					return null;
				}));
			}
			for (java.util.concurrent.Future<?> thread : done) {
				thread.get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(mostHeld.get()).isBetween(1, cap);
		assertThat(permits.inFlight()).isZero();
		assertThat(permits.waiting()).isZero();
		assertThat(permits.tryAcquire(null)).isNotNull();
	}

	@Test
	void whenALoweredLaneGoesIdleThenItsStateIsKeptOnlyUntilItsCapHasGrownBack() {
		ConcurrencyPermits permits = new ConcurrencyPermits(this.clock, 16, Duration.ofSeconds(30));
		permits.lower(COMPANIES, OptionalInt.of(1));
		assertThat(permits.laneCount()).isEqualTo(1);
		this.vts.advanceTimeBy(Duration.ofSeconds(30));
		assertThat(permits.laneCount()).isZero();
		assertThat(permits.loweredLaneCaps()).isEmpty();
	}

	@Test
	void whenALaneWaiterIsCancelledThenItsPlaceInTheLanePassesOnAndTheLaneIsForgotten() {
		ConcurrencyPermits permits = new ConcurrencyPermits(this.clock, 1, Duration.ofSeconds(30));
		Lane lane = Lane.exclusive("deliveries.create:uid:u-1");
		List<String> granted = new CopyOnWriteArrayList<>();
		List<ConcurrencyPermits.Permit> held = new CopyOnWriteArrayList<>();
		permits.acquire(null).subscribe(held::add);
		// admitted by its lane, waiting for the overall cap
		Disposable admitted = permits.acquire(lane).subscribe((p) -> granted.add("admitted"));
		// waiting in the lane behind it
		permits.acquire(lane).subscribe((p) -> {
			granted.add("next");
			held.add(p);
		});
		assertThat(permits.waiting()).isEqualTo(2);
		admitted.dispose();
		assertThat(permits.waiting()).isEqualTo(1);
		held.get(0).release();
		assertThat(granted).containsExactly("next");
		held.get(1).release();
		assertThat(permits.inFlight()).isZero();
		assertThat(permits.laneCount()).isZero();
	}

	@Test
	void aLaneNeedsAKeyAndAWidthOfAtLeastOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> Lane.of("companies.list", 0)).withMessageContaining("width");
		assertThatIllegalArgumentException().isThrownBy(() -> Lane.exclusive(" ")).withMessageContaining("key");
	}

}
