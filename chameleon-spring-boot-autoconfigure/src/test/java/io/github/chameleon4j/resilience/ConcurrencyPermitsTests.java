package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.error.ChameleonRateLimitException;

import static org.assertj.core.api.Assertions.assertThat;

/** Non-blocking permits: lanes, the overall cap, cancellation, and the cap lowered by a concurrency 429. */
class ConcurrencyPermitsTests {

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private ChameleonResilience policy(int maxInFlight) {
		return ChameleonResilience.builder().clock(this.clock).scheduler(this.vts).random(() -> 0.0)
			.maxJitter(Duration.ZERO).paceEnabled(false).maxInFlight(maxInFlight).build();
	}

	private static CallDescriptor call(String lane) {
		return new CallDescriptor(HttpMethod.POST, "/v3/test", true, lane, null);
	}

	@Test
	void whenTwoCallsShareALaneThenTheSecondWaitsUntilTheFirstEndsWhileOtherLanesRun() {
		ChameleonResilience policy = policy(16);
		Sinks.One<String> first = Sinks.one();
		List<String> started = new CopyOnWriteArrayList<>();
		policy.apply(call("deliveries.create:uid:u-1"), first.asMono().doOnSubscribe((s) -> started.add("u1-a"))).subscribe();
		policy.apply(call("deliveries.create:uid:u-1"), Mono.just("x").doOnSubscribe((s) -> started.add("u1-b"))).subscribe();
		policy.apply(call("deliveries.create:uid:u-2"), Mono.<String>never().doOnSubscribe((s) -> started.add("u2"))).subscribe();
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
			.paceEnabled(false).maxInFlight(8).recoveryInterval(Duration.ofSeconds(30)).retryEnabled(false).build();
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
			.paceEnabled(false).maxInFlight(4).initialBackoff(Duration.ofMillis(100)).build();
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

}
