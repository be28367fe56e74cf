package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpMethod;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import io.github.chameleon4j.autoconfigure.observability.ChameleonHealthIndicator;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.metrics.ChameleonMeters;
import io.github.chameleon4j.metrics.ChameleonStateMetrics;
import io.github.chameleon4j.shared.RedisSharedCoordination;
import io.github.chameleon4j.shared.RedisTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Policies in shared mode (as replicas: each its own policy and Redis connection) against a real
 * Redis: a wait hint seen by one holds the other, a lane held by one holds the other, and when
 * Redis stops calls go on with local pacing at the fallback share, health says so, a meter counts
 * it, and sharing resumes by itself once Redis is back. Real time, system clock: the assertions are
 * on order and on the waits the pace computed, never on how long something took.
 */
class SharedCoordinationPolicyTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private static final Lane SEARCH = Lane.exclusive("profiles.search");

	private static final CallDescriptor SEARCH_CALL = new CallDescriptor(HttpMethod.POST, "/v3/analyze/profiles/search",
			true, SEARCH, null);

	private static RedisTestServer redis;

	@BeforeAll
	static void startRedis() {
		redis = RedisTestServer.start();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	/** A generous timeout: a cold connection's first script load on a busy machine must not count as an outage. */
	private static ChameleonResilience replica(SharedCoordination shared, @Nullable ResilienceListener listener) {
		return replica(shared, listener, Duration.ofSeconds(3));
	}

	private static ChameleonResilience replica(SharedCoordination shared, @Nullable ResilienceListener listener,
			Duration timeout) {
		ChameleonResilienceBuilder builder = ChameleonResilience.builder()
			.retry((r) -> r.enabled(false))
			.circuitBreaker((c) -> c.enabled(false))
			.pace((p) -> p.requestsPerMinute(120).window(Duration.ofSeconds(10)).burst(10))
			.shared(shared, 0.34, timeout, Duration.ofSeconds(30));
		if (listener != null) {
			builder.listener(listener);
		}
		return builder.build();
	}

	@Test
	void aWaitHintSeenByOneReplicaHoldsTheOtherUntilItEnds() {
		String account = "account-" + UUID.randomUUID();
		RedisSharedCoordination storeA = new RedisSharedCoordination(redis.template(), account);
		ChameleonResilience a = replica(storeA, null);
		ChameleonResilience b = replica(new RedisSharedCoordination(redis.template(), account), null);
		Object limited = a.apply(GET, Mono.<Object>error(Failures.status(429, "X-Ratelimit-Wait", "0.6")))
			.onErrorResume(Mono::just)
			.block(Duration.ofSeconds(5));
		assertThat(limited).isInstanceOf(ChameleonRateLimitException.class);
		Instant until = ((ChameleonRateLimitException) limited).retryAt();
		// the 429 reaches Redis without holding up the call that saw it
		await().atMost(Duration.ofSeconds(5))
			.until(() -> !storeA.cooldown(Clock.systemUTC().instant()).block(Duration.ofSeconds(1)).isZero()
					|| !Clock.systemUTC().instant().isBefore(until));
		// B never saw a 429: its own gate is open, yet it sends no earlier than the hint's end
		Instant sentAt = b.apply(GET, Mono.fromCallable(() -> Clock.systemUTC().instant())).block(Duration.ofSeconds(5));
		assertThat(sentAt).isAfterOrEqualTo(until);
		assertThat(b.cooldownUntil()).isEmpty();
		assertThat(b.coordination()).isEqualTo("shared");
	}

	@Test
	void aLaneHeldByOneReplicaHoldsTheOtherUntilTheAttemptEnds() {
		String account = "account-" + UUID.randomUUID();
		CountingCoordination storeB = new CountingCoordination(new RedisSharedCoordination(redis.template(), account));
		ChameleonResilience a = replica(new RedisSharedCoordination(redis.template(), account), null);
		ChameleonResilience b = replica(storeB, null);
		List<String> events = new CopyOnWriteArrayList<>();
		Sinks.One<String> answerA = Sinks.one();
		Disposable callA = a.apply(SEARCH_CALL, Mono.defer(() -> {
			events.add("A sent");
			return answerA.asMono();
		})).subscribe();
		await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("A sent"));
		Disposable callB = b.apply(SEARCH_CALL, Mono.fromCallable(() -> events.add("B sent"))).subscribe();
		// B has asked for the lane and been told to wait at least twice: it is polling, not sending
		await().atMost(Duration.ofSeconds(5)).until(() -> storeB.refused.get() >= 2);
		assertThat(events).containsExactly("A sent");
		events.add("A answered");
		answerA.tryEmitValue("ok");
		await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("B sent"));
		assertThat(events).containsExactly("A sent", "A answered", "B sent");
		callA.dispose();
		callB.dispose();
	}

	@Test
	void whenRedisStopsCallsGoOnAtTheFallbackShareAndSharingResumesWhenItIsBack() {
		RedisTestServer down = RedisTestServer.start();
		try {
			List<Duration> paceWaits = new CopyOnWriteArrayList<>();
			ResilienceListener waits = new ResilienceListener() {
				@Override
				public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
					if (reason == WaitReason.PACE) {
						paceWaits.add(waited);
					}
				}
			};
			ChameleonResilience policy = replica(new RedisSharedCoordination(down.template(), "account"), waits,
					Duration.ofMillis(300));
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			new ChameleonStateMetrics(policy, "chameleon", Clock.systemUTC()).bindTo(meters);
			ChameleonHealthIndicator health = new ChameleonHealthIndicator(() -> policy, "chameleon", true);
			assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			assertThat(policy.coordination()).isEqualTo("shared");
			down.stop();
			AtomicInteger answered = new AtomicInteger();
			for (int i = 0; i < 4; i++) {
				// no call fails because of Redis
				assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(10))).isEqualTo("ok");
				answered.incrementAndGet();
			}
			assertThat(answered).hasValue(4);
			assertThat(policy.coordination()).isEqualTo("degraded");
			assertThat(policy.coordinationFallbacks()).isGreaterThanOrEqualTo(4);
			// local pacing at 34% of 120/min with a burst of 3 (not the full allowance's 10): the fourth waits, at most
			// one interval of 60s / 40.8 (less the time the first calls spent on their timeouts)
			assertThat(paceWaits).hasSize(1);
			assertThat(paceWaits.get(0)).isPositive().isLessThanOrEqualTo(Duration.ofMillis(1471));
			assertThat(meters.get(ChameleonMeters.COORDINATION_FALLBACKS).functionCounter().count())
				.isEqualTo(policy.coordinationFallbacks());
			Health degraded = health.health();
			assertThat(degraded.getStatus()).isEqualTo(Status.UP);
			assertThat(degraded.getDetails()).containsEntry("coordination", "degraded")
				.containsEntry("coordination.fallbackShare", 0.34)
				.containsKey("coordination.lastFailure");
			down.startServer();
			await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> {
				policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(10));
				return policy.coordination().equals("shared");
			});
			Map<String, Object> details = health.health().getDetails();
			assertThat(details).containsEntry("coordination", "shared").doesNotContainKey("coordination.lastFailure");
		}
		finally {
			down.close();
		}
	}

	@Test
	void aCallCostsOneRedisRoundTripOutsideLanesAndThreeInALane() {
		// each call to the store is one round trip: one script (EVALSHA) or, to release a lease, one ZREM
		CountingCoordination store = new CountingCoordination(
				new RedisSharedCoordination(redis.template(), "account-" + UUID.randomUUID()));
		ChameleonResilience policy = ChameleonResilience.builder()
			.retry((r) -> r.enabled(false))
			.circuitBreaker((c) -> c.enabled(false))
			.pace((p) -> p.requestsPerMinute(60_000).window(Duration.ofSeconds(10)).burst(1_000))
			.shared(store, 0.34, Duration.ofSeconds(3), Duration.ofSeconds(30))
			.build();
		for (int i = 0; i < 50; i++) {
			policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5));
		}
		// one pace reservation each; the cool-down is looked at again only when a call waited since its
		// reservation (never here, unless a busy machine took more than 5 ms between reservation and send)
		assertThat(store.calls.get()).isBetween(50, 60);
		assertThat(policy.coordinationFallbacks()).isZero();
		store.calls.set(0);
		for (int i = 0; i < 50; i++) {
			policy.apply(SEARCH_CALL, Mono.just("ok")).block(Duration.ofSeconds(5));
		}
		// reservation, lease, release
		assertThat(store.calls.get()).isEqualTo(150);
	}

	@Test
	void withoutSharingTheHealthAndMetersAreAsBefore() {
		ChameleonResilience local = ChameleonResilience.builder().build();
		assertThat(local.coordination()).isEqualTo("local");
		assertThat(new ChameleonHealthIndicator(() -> local, "chameleon", true).health().getDetails())
			.doesNotContainKey("coordination");
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		new ChameleonStateMetrics(local, "chameleon", Clock.systemUTC()).bindTo(meters);
		assertThat(meters.find(ChameleonMeters.COORDINATION_FALLBACKS).meter()).isNull();
	}

	@Test
	void anInvalidFallbackShareFailsNamingIt() {
		SharedCoordination store = new RedisSharedCoordination(redis.template(), "account");
		org.assertj.core.api.Assertions
			.assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonResilience.builder()
				.shared(store, 1.5, Duration.ofMillis(100), Duration.ofSeconds(30))
				.build())
			.withMessageContaining("shared.fallbackShare");
	}

	/** A real coordination that counts its round trips and the lane requests it was told to wait on. */
	private static final class CountingCoordination implements SharedCoordination {

		final AtomicInteger refused = new AtomicInteger();

		final AtomicInteger calls = new AtomicInteger();

		private final SharedCoordination delegate;

		CountingCoordination(SharedCoordination delegate) {
			this.delegate = delegate;
		}

		private <T> Mono<T> counted(Mono<T> call) {
			return Mono.defer(() -> {
				this.calls.incrementAndGet();
				return call;
			});
		}

		@Override
		public Mono<Duration> reserve(String id, PaceSettings pace, Instant now) {
			return counted(this.delegate.reserve(id, pace, now));
		}

		@Override
		public Mono<Duration> remaining(String id, PaceSettings pace, Instant now) {
			return counted(this.delegate.remaining(id, pace, now));
		}

		@Override
		public Mono<Void> limited(String id, @Nullable Instant until, boolean global, PaceSettings pace, Instant now) {
			return counted(this.delegate.limited(id, until, global, pace, now));
		}

		@Override
		public Mono<Duration> cooldown(Instant now) {
			return counted(this.delegate.cooldown(now));
		}

		@Override
		public Mono<Duration> acquire(Lane lane, String leaseId, Duration ttl, Instant now) {
			return counted(this.delegate.acquire(lane, leaseId, ttl, now)).doOnNext((wait) -> {
				if (!wait.isZero()) {
					this.refused.incrementAndGet();
				}
			});
		}

		@Override
		public Mono<Void> release(Lane lane, String leaseId) {
			return counted(this.delegate.release(lane, leaseId));
		}

	}

}
