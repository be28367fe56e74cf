package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpMethod;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import io.github.chameleon4j.autoconfigure.observability.ChameleonHealthIndicator;
import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
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

	private static final Lane LIST = Lane.of("companies.list", 2);

	private static final CallDescriptor LIST_CALL = new CallDescriptor(HttpMethod.GET, "/v3/analyze/companies", true,
			LIST, null);

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
	void aConcurrency429SeenByOneReplicaLowersTheLaneForTheOther() {
		String account = "account-" + UUID.randomUUID();
		ChameleonResilience a = replica(new RedisSharedCoordination(redis.template(), account), null);
		CountingCoordination storeB = new CountingCoordination(new RedisSharedCoordination(redis.template(), account));
		ChameleonResilience b = replica(storeB, null);
		// A's call in the two-wide lane is refused: the server allows one at a time there
		Object limited = a.apply(LIST_CALL, Mono.<Object>error(Failures.status(429, "X-Ratelimit-Limit", "1")))
			.onErrorResume(Mono::just)
			.block(Duration.ofSeconds(5));
		assertThat(limited).isInstanceOf(ChameleonRateLimitException.class);
		String capKey = "chameleon:{" + account + "}:lane-cap:" + LIST.key();
		await().atMost(Duration.ofSeconds(5)).until(() -> redis.template().hasKey(capKey).block());
		// B never saw that 429 and its own lane is two wide, yet its second call waits for its first
		List<String> events = new CopyOnWriteArrayList<>();
		Sinks.One<String> first = Sinks.one();
		Disposable callB1 = b.apply(LIST_CALL, Mono.defer(() -> {
			events.add("B1 sent");
			return first.asMono();
		})).subscribe();
		await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("B1 sent"));
		Disposable callB2 = b.apply(LIST_CALL, Mono.fromCallable(() -> events.add("B2 sent"))).subscribe();
		await().atMost(Duration.ofSeconds(5)).until(() -> storeB.refused.get() >= 2);
		assertThat(events).containsExactly("B1 sent");
		assertThat(b.loweredLaneCaps()).isEmpty();
		events.add("B1 answered");
		first.tryEmitValue("ok");
		await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("B2 sent"));
		assertThat(events).containsExactly("B1 sent", "B1 answered", "B2 sent");
		callB1.dispose();
		callB2.dispose();
	}

	@Test
	void aSharedCooldownLongerThanTheDeadlineFailsAtOnceWithoutSendingAsTheLocalOneDoes() {
		String account = "account-" + UUID.randomUUID();
		RedisSharedCoordination storeA = new RedisSharedCoordination(redis.template(), account);
		ChameleonResilience a = replica(storeA, null);
		ChameleonResilience b = replica(new RedisSharedCoordination(redis.template(), account), null);
		a.apply(GET, Mono.<Object>error(Failures.status(429, "X-Ratelimit-Wait", "60")))
			.onErrorResume(Mono::just)
			.block(Duration.ofSeconds(5));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> !storeA.cooldown(Clock.systemUTC().instant()).block(Duration.ofSeconds(1)).isZero());
		CallDescriptor withDeadline = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null,
				Duration.ofSeconds(20));
		AtomicBoolean sentByB = new AtomicBoolean();
		Object refusedB = b.apply(withDeadline, Mono.<Object>fromCallable(() -> sentByB.getAndSet(true)))
			.onErrorResume(Mono::just)
			.block(Duration.ofSeconds(10));
		// not a deadline exceeded after 20 s of waiting: the same refusal A's own (local) gate gives, nothing sent
		assertThat(refusedB).isInstanceOf(ChameleonRateLimitException.class)
			.isNotInstanceOf(ChameleonDeadlineExceededException.class);
		assertThat(sentByB).isFalse();
		assertThat(((ChameleonRateLimitException) refusedB).retryAt())
			.isAfter(Clock.systemUTC().instant().plusSeconds(30));
		AtomicBoolean sentByA = new AtomicBoolean();
		Object refusedA = a.apply(withDeadline, Mono.<Object>fromCallable(() -> sentByA.getAndSet(true)))
			.onErrorResume(Mono::just)
			.block(Duration.ofSeconds(10));
		assertThat(refusedA).isExactlyInstanceOf(refusedB.getClass());
		assertThat(sentByA).isFalse();
		assertThat(b.coordination()).isEqualTo("shared");
	}

	@Test
	void theGaugesAndTheRateLimiterShowTheSharedLevelAndTheFallbackLevelWhileDegraded() {
		RedisTestServer own = RedisTestServer.start();
		try {
			String account = "account-" + UUID.randomUUID();
			ChameleonResilience a = replica(new RedisSharedCoordination(redis.template(), account), null);
			ChameleonResilience b = replica(new RedisSharedCoordination(redis.template(), account), null);
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			new ChameleonStateMetrics(b, "chameleon", Clock.systemUTC()).bindTo(meters);
			io.github.resilience4j.ratelimiter.RateLimiter limiter = b.rateLimiter().orElseThrow();
			// before Redis has said anything: the configured pace, a whole burst
			assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(10);
			assertThat(limiter.toString()).contains("perMinute=120.0").contains("shared");
			assertThat(b.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			assertThat(meters.get(ChameleonMeters.PACE).gauge().value()).isEqualTo(120.0);
			assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(20);
			// one of the burst of 10 used
			assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(9);
			// a global 429 seen by A halves the shared pace (its largest step); B reads the level with its next slot
			a.apply(GET, Mono.<Object>error(Failures.status(429, "X-Retry-After", "0"))).onErrorResume(Mono::just)
				.block(Duration.ofSeconds(5));
			await().atMost(Duration.ofSeconds(5)).until(() -> {
				b.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5));
				return meters.get(ChameleonMeters.PACE).gauge().value() < 120.0;
			});
			assertThat(meters.get(ChameleonMeters.PACE).gauge().value()).isEqualTo(60.0);
			assertThat(b.currentPacePerMinute()).isEqualTo(60.0);
			assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(10);
			// B never saw a 429: its local pace is untouched, so the figures above can only come from Redis
			assertThat(((PaceRateLimiter) limiter).pace().currentPerMinute()).isEqualTo(120.0);
			// while degraded: the local fallback pace at 34 % of the allowance (40.8/min: 6 per 10 s, a burst of 3)
			ChameleonResilience c = replica(new RedisSharedCoordination(own.rejectingTemplate(), account), null);
			assertThat(c.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			own.stop();
			assertThat(c.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			assertThat(c.coordination()).isEqualTo("degraded");
			assertThat(c.currentPacePerMinute()).isEqualTo(120 * 0.34, org.assertj.core.data.Offset.offset(1e-9));
			RateLimiterView view = new RateLimiterView(c.rateLimiter().orElseThrow());
			assertThat(view.cap()).isEqualTo(6);
			assertThat(view.available()).isEqualTo(2);
		}
		finally {
			own.close();
		}
	}

	@Test
	void afterAFailureCallsAnswerLocallyAtOnceAndOneProbeAfterAGrowingPauseFindsRedisBack() {
		RedisTestServer down = RedisTestServer.start();
		try {
			MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
			CountingCoordination store = new CountingCoordination(
					new RedisSharedCoordination(down.rejectingTemplate(), "account-" + UUID.randomUUID()));
			// a pace that never makes these calls wait: the waits here are the coordinator's, not the pace's
			ChameleonResilience policy = ChameleonResilience.builder()
				.clock(clock)
				.retry((r) -> r.enabled(false))
				.circuitBreaker((c) -> c.enabled(false))
				.pace((p) -> p.requestsPerMinute(60_000).window(Duration.ofSeconds(10)).burst(1_000))
				.shared(store, 0.34, Duration.ofSeconds(1), Duration.ofSeconds(30))
				.build();
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			new ChameleonStateMetrics(policy, "chameleon", clock).bindTo(meters);
			ChameleonHealthIndicator health = new ChameleonHealthIndicator(() -> policy, "chameleon", true);
			assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			assertThat(store.calls).hasValue(1);
			down.stop();
			// the first call to find Redis away goes on locally and makes the coordination degraded
			assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			assertThat(policy.coordination()).isEqualTo("degraded");
			assertThat(store.calls).hasValue(2);
			// for the pause (1 s) every call answers locally without asking Redis
			for (int i = 0; i < 10; i++) {
				assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			}
			clock.advance(Duration.ofMillis(999));
			assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			assertThat(store.calls).hasValue(2);
			assertThat(policy.coordinationFallbacks()).isEqualTo(12);
			assertThat(health.health().getDetails()).containsEntry("coordination", "degraded")
				.containsEntry("coordination.nextProbe", "2026-01-01T00:00:01Z")
				.containsKey("coordination.lastFailure");
			// then one probe, in the background: the caller goes on locally; it fails, and the pause doubles
			clock.advance(Duration.ofMillis(1));
			assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			await().atMost(Duration.ofSeconds(5)).until(() -> store.failed.get() == 2);
			assertThat(store.calls).hasValue(3);
			assertThat(health.health().getDetails()).containsEntry("coordination.nextProbe", "2026-01-01T00:00:03Z");
			clock.advance(Duration.ofSeconds(1));
			policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5));
			assertThat(store.calls).hasValue(3);
			clock.advance(Duration.ofSeconds(1));
			policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5));
			await().atMost(Duration.ofSeconds(5)).until(() -> store.failed.get() == 3);
			assertThat(store.calls).hasValue(4);
			assertThat(health.health().getDetails()).containsEntry("coordination.nextProbe", "2026-01-01T00:00:07Z");
			assertThat(policy.coordination()).isEqualTo("degraded");
			// Redis is back: the next probe finds it, and sharing resumes by itself
			down.startServer();
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
				clock.advance(SharedCoordinator.PAUSE_MAX);
				policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5));
				return policy.coordination().equals("shared");
			});
			int before = store.calls.get();
			long fallbacks = policy.coordinationFallbacks();
			assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			assertThat(store.calls.get()).isEqualTo(before + 1);
			assertThat(policy.coordinationFallbacks()).isEqualTo(fallbacks);
			assertThat(meters.get(ChameleonMeters.COORDINATION_FALLBACKS).functionCounter().count())
				.isEqualTo(fallbacks);
			assertThat(health.health().getDetails()).containsEntry("coordination", "shared")
				.doesNotContainKey("coordination.lastFailure")
				.doesNotContainKey("coordination.nextProbe");
		}
		finally {
			down.close();
		}
	}

	@Test
	void whenSharingResumesTheRequestsSentAloneCountInTheSharedWindow() {
		RedisTestServer restarted = RedisTestServer.start();
		try {
			Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
			MutableClock clock = new MutableClock(t0);
			String account = "account-" + UUID.randomUUID();
			ChameleonResilience policy = ChameleonResilience.builder()
				.clock(clock)
				.retry((r) -> r.enabled(false))
				.circuitBreaker((c) -> c.enabled(false))
				.pace((p) -> p.requestsPerMinute(120).window(Duration.ofSeconds(60)).burst(10))
				.shared(new RedisSharedCoordination(restarted.rejectingTemplate(), account), 0.5, Duration.ofSeconds(1),
						Duration.ofSeconds(30))
				.build();
			assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			restarted.stop();
			// five calls alone, at once (the fallback pace's burst is 5)
			for (int i = 0; i < 5; i++) {
				assertThat(policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
			}
			assertThat(policy.coordination()).isEqualTo("degraded");
			// Redis comes back empty (no persistence): what the server counted is only known to the replica
			restarted.startServer();
			ReactiveStringRedisTemplate look = restarted.template();
			// the clock moves on while the probe is out, but stays within the pace window (60 s) of t0, so that
			// every call sent alone is still one the shared window must count, however slow this machine is
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
				if (Duration.between(t0, clock.instant()).compareTo(Duration.ofSeconds(50)) < 0) {
					clock.advance(Duration.ofMillis(500));
				}
				policy.apply(GET, Mono.just("ok")).block(Duration.ofSeconds(5));
				return policy.coordination().equals("shared");
			});
			String pace = "chameleon:{" + account + "}:pace";
			long t0Micros = t0.toEpochMilli() * 1000;
			// the five sent alone at t0 are in the shared window (the shared reservation made before the outage is gone)
			await().atMost(Duration.ofSeconds(5))
				.until(() -> look.opsForZSet()
					.count(pace, org.springframework.data.domain.Range.closed(0.0, (double) t0Micros))
					.block() == 5);
			// and so are those that went on alone while the probe was out: every call since t0 is in the window
			await().atMost(Duration.ofSeconds(5))
				.until(() -> look.opsForZSet().size(pace).block() >= policy.coordinationFallbacks());
		}
		finally {
			restarted.close();
		}
	}

	/** The Resilience4j view's figures. */
	private record RateLimiterView(io.github.resilience4j.ratelimiter.RateLimiter limiter) {

		int cap() {
			return this.limiter.getRateLimiterConfig().getLimitForPeriod();
		}

		int available() {
			return this.limiter.getMetrics().getAvailablePermissions();
		}

	}

	/** A clock the test moves. */
	private static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return java.time.ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

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

		final AtomicInteger failed = new AtomicInteger();

		private <T> Mono<T> counted(Mono<T> call) {
			return Mono.defer(() -> {
				this.calls.incrementAndGet();
				return call.doOnError((ex) -> this.failed.incrementAndGet());
			});
		}

		@Override
		public Mono<Slot> reserve(String id, PaceSettings pace, Instant now, @Nullable Instant deadline) {
			return counted(this.delegate.reserve(id, pace, now, deadline));
		}

		@Override
		public Mono<Slot> remaining(String id, PaceSettings pace, Instant now, @Nullable Instant deadline) {
			return counted(this.delegate.remaining(id, pace, now, deadline));
		}

		@Override
		public Mono<Void> sentAlone(String id, List<Instant> sends, PaceSettings pace, Instant now) {
			return counted(this.delegate.sentAlone(id, sends, pace, now));
		}

		@Override
		public Mono<Void> laneLimited(Lane lane, OptionalInt limit, Duration recoveryInterval, Instant now) {
			return counted(this.delegate.laneLimited(lane, limit, recoveryInterval, now));
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
