package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.error.ChameleonCircuitOpenException;
import io.github.chameleon4j.error.ChameleonRateLimitException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ChameleonResilience#reset()}: what one test leaves in the shared state does not reach the next,
 * under virtual time (no call may wait after a reset).
 */
class ChameleonResilienceResetTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private static final Lane SEARCH = Lane.of("profiles.search", 2);

	private static final CallDescriptor SEARCH_GET = new CallDescriptor(HttpMethod.GET, "/v3/edit/profiles/search",
			true, SEARCH, null);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final List<Instant> sends = new CopyOnWriteArrayList<>();

	private final List<Object> outcomes = new CopyOnWriteArrayList<>();

	private ChameleonResilienceBuilder builder() {
		return ChameleonResilience.builder()
			.clock(this.clock)
			.scheduler(this.vts)
			.random(() -> 0.0)
			.cooldown((c) -> c.maxJitter(Duration.ZERO));
	}

	/** One attempt that records its send and fails with {@code failure}, or succeeds when it is null. */
	private Mono<String> answering(RuntimeException failure) {
		return Mono.defer(() -> {
			this.sends.add(this.clock.instant());
			return (failure != null) ? Mono.error(failure) : Mono.just("ok");
		});
	}

	private void call(ChameleonResilience policy, CallDescriptor call, RuntimeException failure) {
		policy.apply(call, answering(failure)).subscribe(this.outcomes::add, this.outcomes::add);
	}

	@Test
	void whenFiveServerErrorsOpenedTheCircuitThenResetClosesItAndTheNextCallIsSentAtOnce() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).retry((r) -> r.enabled(false)).build();
		for (int i = 0; i < 5; i++) {
			call(policy, GET, Failures.status(500));
		}
		assertThat(policy.circuitBreakerState()).isEqualTo("OPEN");
		assertThat(policy.circuitOpenUntil()).isPresent();
		call(policy, GET, null);
		assertThat(this.outcomes.get(5)).isInstanceOf(ChameleonCircuitOpenException.class);

		policy.reset();

		assertThat(policy.circuitBreakerState()).isEqualTo("CLOSED");
		assertThat(policy.circuitOpenUntil()).isEmpty();
		assertThat(policy.circuitBreaker().orElseThrow().getMetrics().getNumberOfFailedCalls()).isZero();
		call(policy, GET, null);
		assertThat(this.outcomes).last().isEqualTo("ok");
		assertThat(this.sends).hasSize(6);
	}

	@Test
	void whenA429ClosedTheGateForTenMinutesThenResetOpensItAndForgetsTheEvent() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).retry((r) -> r.enabled(false)).build();
		call(policy, GET, Failures.status(429, "X-Ratelimit-Wait", "600"));
		assertThat(policy.cooldownUntil()).contains(Instant.EPOCH.plusSeconds(600));
		assertThat(policy.recentRateLimitEvents()).hasSize(1);

		policy.reset();

		assertThat(policy.cooldownUntil()).isEmpty();
		assertThat(policy.recentRateLimitEvents()).isEmpty();
		call(policy, GET, null);
		assertThat(this.outcomes).last().isEqualTo("ok");
		assertThat(this.sends).containsExactly(Instant.EPOCH, Instant.EPOCH);
	}

	@Test
	void whenTheCooldownOutlastsTheDeadlineThenAfterResetTheCallNoLongerFailsAtOnce() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		call(policy, GET, Failures.status(429, "X-Ratelimit-Wait", "600"));
		call(policy, GET, null);
		assertThat(this.outcomes).last().isInstanceOf(ChameleonRateLimitException.class);

		policy.reset();

		call(policy, GET, null);
		assertThat(this.outcomes).last().isEqualTo("ok");
	}

	@Test
	void whenAGlobal429LoweredThePaceAndABurstWasSpentThenResetRestoresThePaceAndAFullBurst() {
		ChameleonResilience policy = builder().pace((p) -> p.requestsPerMinute(100).burst(10))
			.retry((r) -> r.enabled(false))
			.build();
		for (int i = 0; i < 10; i++) {
			call(policy, GET, null);
		}
		call(policy, GET, Failures.status(429, "X-Retry-After", "1"));
		this.vts.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(policy.currentPacePerMinute()).isEqualTo(50);

		policy.reset();

		assertThat(policy.currentPacePerMinute()).isEqualTo(100);
		int before = this.sends.size();
		for (int i = 0; i < 10; i++) {
			call(policy, GET, null);
		}
		// a whole burst goes out at once, with no time passing
		assertThat(this.sends).hasSize(before + 10);
	}

	@Test
	void whenConcurrency429sLoweredALaneAndTheOverallCapThenResetRestoresBoth() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false))
			.retry((r) -> r.enabled(false))
			.concurrency((c) -> c.maxInFlight(8))
			.build();
		call(policy, SEARCH_GET, Failures.status(429, "X-Ratelimit-Limit", "1"));
		call(policy, GET, Failures.status(429, "X-Ratelimit-Limit", "3"));
		assertThat(policy.loweredLaneCaps()).containsEntry("profiles.search", 1);
		assertThat(policy.concurrencyCap()).isEqualTo(3);

		policy.reset();

		assertThat(policy.loweredLaneCaps()).isEmpty();
		assertThat(policy.concurrencyCap()).isEqualTo(8);
		// two searches in flight at once again: the lane is back to its width
		List<String> results = new CopyOnWriteArrayList<>();
		Mono<String> held = Mono.defer(() -> {
			this.sends.add(this.clock.instant());
			return Mono.delay(Duration.ofSeconds(1), this.vts).thenReturn("ok");
		});
		policy.apply(SEARCH_GET, held).subscribe(results::add);
		policy.apply(SEARCH_GET, held).subscribe(results::add);
		assertThat(policy.inFlight()).isEqualTo(2);
		assertThat(policy.waitingForPermit()).isZero();
		this.vts.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(results).containsExactly("ok", "ok");
	}

	@Test
	void whenALoweredLaneHasAWaiterThenResetLetsItThrough() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).retry((r) -> r.enabled(false)).build();
		call(policy, SEARCH_GET, Failures.status(429, "X-Ratelimit-Limit", "1"));
		List<String> results = new CopyOnWriteArrayList<>();
		Mono<String> held = Mono.defer(() -> Mono.delay(Duration.ofSeconds(10), this.vts).thenReturn("held"));
		policy.apply(SEARCH_GET, held).subscribe(results::add);
		policy.apply(SEARCH_GET, answering(null)).subscribe(results::add);
		assertThat(policy.waitingForPermit()).isEqualTo(1);

		policy.reset();

		assertThat(policy.waitingForPermit()).isZero();
		assertThat(results).containsExactly("ok");
		this.vts.advanceTimeBy(Duration.ofSeconds(10));
		assertThat(results).containsExactly("ok", "held");
		assertThat(policy.inFlight()).isZero();
	}

	@Test
	void whenTheSecretWasRejectedThenResetClearsTheFlag() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		call(policy, GET, Failures.status(403));
		assertThat(policy.credentialsRejected()).isTrue();

		policy.reset();

		assertThat(policy.credentialsRejected()).isFalse();
	}

	@Test
	void whenEveryPartIsOffThenResetDoesNothing() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false))
			.cooldown((c) -> c.enabled(false))
			.concurrency((c) -> c.enabled(false))
			.circuitBreaker((b) -> b.enabled(false))
			.retry((r) -> r.enabled(false))
			.build();
		policy.reset();
		call(policy, GET, null);
		assertThat(this.outcomes).containsExactly("ok");
		assertThat(policy.circuitBreakerState()).isEqualTo("DISABLED");
	}

}
