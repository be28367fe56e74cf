package io.github.chameleon4j.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.chameleon4j.resilience.Lane;
import io.github.chameleon4j.resilience.SharedCoordination;
import io.github.chameleon4j.resilience.SharedCoordination.PaceSettings;
import io.github.chameleon4j.resilience.SharedCoordination.Slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link RedisSharedCoordination} against a real Redis: several clients (each on its own
 * connection, as replicas are) share one pace, one cool-down and the lanes. Time is the clients'
 * own, passed to the scripts, so the tests set it.
 */
class RedisSharedCoordinationTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	/** 120 per minute counted over 10 s: at most 20 in any 10 s window, 10 back to back. */
	private static final PaceSettings PACE = new PaceSettings(120, 30, Duration.ofSeconds(10), 10, 0.5, true, 10,
			Duration.ofSeconds(30), Duration.ofMinutes(5));

	private static RedisTestServer redis;

	@BeforeAll
	static void startRedis() {
		redis = RedisTestServer.start();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	private static List<SharedCoordination> replicas(int count) {
		return replicas("account-" + UUID.randomUUID(), count);
	}

	private static List<SharedCoordination> replicas(String account, int count) {
		List<SharedCoordination> replicas = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			replicas.add(new RedisSharedCoordination(redis.template(), account));
		}
		return replicas;
	}

	@Test
	void threeReplicasTogetherStayWithinTheWindowCap() {
		List<SharedCoordination> replicas = replicas(3);
		List<Instant> sends = new ArrayList<>();
		for (int i = 0; i < 90; i++) {
			// every replica asks at the same instant, as 3 x 16 callers would
			Duration wait = replicas.get(i % 3).reserve("r" + i, PACE, T0, null).block().delay();
			sends.add(T0.plus(wait));
		}
		Collections.sort(sends);
		// the burst goes at once, then no 21 sends fall within any 10 s window (plus the 1% margin)
		assertThat(sends.subList(0, 10)).allMatch(T0::equals);
		for (int i = 0; i + 20 < sends.size(); i++) {
			assertThat(Duration.between(sends.get(i), sends.get(i + 20))).as("send %d to %d", i, i + 20)
				.isGreaterThanOrEqualTo(Duration.ofMillis(10_100));
		}
		// and the shared pace does not waste the allowance: 90 sends within 4 windows and a half
		assertThat(Duration.between(T0, sends.get(89))).isLessThan(Duration.ofSeconds(45));
	}

	@Test
	void aWaitHintSeenByOneReplicaHoldsTheOthers() {
		List<SharedCoordination> replicas = replicas(2);
		Instant until = T0.plusSeconds(7);
		replicas.get(0).limited("429-a", until, false, PACE, T0).block();
		assertThat(replicas.get(1).cooldown(T0).block()).isEqualTo(Duration.ofSeconds(7));
		assertThat(replicas.get(1).reserve("r1", PACE, T0.plusSeconds(1), null).block().delay())
			.isEqualTo(Duration.ofSeconds(6));
		assertThat(replicas.get(1).cooldown(until).block()).isZero();
		// a shorter hint later never shortens the cool-down
		replicas.get(1).limited("429-b", T0.plusSeconds(3), false, PACE, T0.plusSeconds(2)).block();
		assertThat(replicas.get(0).cooldown(T0.plusSeconds(2)).block()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void aCooldownThatBeginsWhileAReservationWaitsMovesItPastTheEnd() {
		List<SharedCoordination> replicas = replicas(2);
		for (int i = 0; i < 15; i++) {
			replicas.get(0).reserve("r" + i, PACE, T0, null).block().delay();
		}
		// r14 was due at 2.5 s; at 1 s another replica gets a 429 saying wait 4 s
		replicas.get(1).limited("429", T0.plusSeconds(5), false, PACE, T0.plusSeconds(1)).block();
		assertThat(replicas.get(0).remaining("r14", PACE, T0.plusMillis(2500), null).block().delay())
			.isGreaterThanOrEqualTo(Duration.ofMillis(2500));
	}

	@Test
	void aGlobal429SeenByOneReplicaLowersThePaceForAll() {
		List<SharedCoordination> replicas = replicas(2);
		List<Duration> before = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			before.add(replicas.get(0).reserve("r" + i, PACE, T0, null).block().delay());
		}
		// 10 went at T0; a global 429 now: the server accepted 9 in the window, the pace halves (its largest step)
		replicas.get(1).limited("429", null, true, PACE, T0).block();
		Duration moved = replicas.get(1).remaining("r19", PACE, T0, null).block().delay();
		assertThat(moved).isGreaterThan(before.get(19));
		// the next reservation of either replica comes after the moved ones, at the lowered pace of 60/min
		Duration next = replicas.get(1).reserve("r20", PACE, T0, null).block().delay();
		assertThat(next).isGreaterThan(moved);
		assertThat(next.minus(moved)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aRequestThatWentOutLateCountsFromWhenItWentOut() {
		List<SharedCoordination> replicas = replicas(2);
		PaceSettings oneAtATime = new PaceSettings(60, 30, Duration.ofSeconds(10), 1, 0.5, true, 10,
				Duration.ofSeconds(30), Duration.ofMinutes(5));
		assertThat(replicas.get(0).reserve("r0", oneAtATime, T0, null).block().delay()).isZero();
		// r0 waited for a cold connection: it reached the server 3 s after its slot
		replicas.get(0).sent("r0", T0.plusSeconds(3)).block();
		assertThat(replicas.get(1).reserve("r1", oneAtATime, T0, null).block().delay())
			.isGreaterThanOrEqualTo(Duration.ofSeconds(3));
		// never earlier than the slot
		replicas.get(0).sent("r1", T0).block();
		assertThat(replicas.get(0).remaining("r1", oneAtATime, T0, null).block().delay())
			.isGreaterThanOrEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void aLaneLeaseHeldByOneReplicaBlocksTheOtherUntilReleased() {
		List<SharedCoordination> replicas = replicas(2);
		Lane lane = Lane.exclusive("profiles.search");
		Duration ttl = Duration.ofSeconds(30);
		assertThat(replicas.get(0).acquire(lane, "a", ttl, T0).block()).isZero();
		assertThat(replicas.get(1).acquire(lane, "b", ttl, T0.plusSeconds(1)).block()).isPositive();
		// a lane of width 2 elsewhere is independent
		assertThat(replicas.get(1).acquire(Lane.of("companies.list", 2), "c", ttl, T0).block()).isZero();
		replicas.get(0).release(lane, "a").block();
		assertThat(replicas.get(1).acquire(lane, "b", ttl, T0.plusSeconds(1)).block()).isZero();
	}

	@Test
	void aLeaseOfAReplicaThatDiedExpires() {
		List<SharedCoordination> replicas = replicas(2);
		Lane lane = Lane.exclusive("deliveries.create:uid:u-1");
		Duration ttl = Duration.ofSeconds(30);
		assertThat(replicas.get(0).acquire(lane, "dies", ttl, T0).block()).isZero();
		Duration wait = replicas.get(1).acquire(lane, "b", ttl, T0.plusSeconds(10)).block();
		assertThat(wait).isEqualTo(Duration.ofSeconds(20));
		assertThat(replicas.get(1).acquire(lane, "b", ttl, T0.plusSeconds(30).minusMillis(1)).block()).isPositive();
		assertThat(replicas.get(1).acquire(lane, "b", ttl, T0.plusSeconds(30)).block()).isZero();
	}

	@Test
	void aCooldownThatEndsAfterTheDeadlineIsRefusedAndReservesNothing() {
		List<SharedCoordination> replicas = replicas(2);
		replicas.get(0).limited("429", T0.plusSeconds(30), false, PACE, T0).block();
		Slot refused = replicas.get(1).reserve("late", PACE, T0.plusSeconds(1), T0.plusSeconds(6)).block();
		assertThat(refused.refused()).isTrue();
		assertThat(refused.delay()).isEqualTo(Duration.ofSeconds(29));
		// nothing was reserved: a whole burst still goes at the cool-down's end
		for (int i = 0; i < 10; i++) {
			assertThat(replicas.get(0).reserve("r" + i, PACE, T0.plusSeconds(1), null).block().delay())
				.isEqualTo(Duration.ofSeconds(29));
		}
		// a deadline after the end is no refusal
		assertThat(replicas.get(1).reserve("in-time", PACE, T0.plusSeconds(1), T0.plusSeconds(40)).block().refused())
			.isFalse();
	}

	@Test
	void aCooldownThatBeginsWhileAReservationWaitsAndEndsAfterItsDeadlineGivesItUp() {
		List<SharedCoordination> replicas = replicas(2);
		for (int i = 0; i < 15; i++) {
			replicas.get(0).reserve("r" + i, PACE, T0, null).block();
		}
		// r14 is due at 2.5 s; at 1 s another replica gets a 429 saying wait 30 s; r14's caller has until 10 s
		replicas.get(1).limited("429", T0.plusSeconds(31), false, PACE, T0.plusSeconds(1)).block();
		Slot slot = replicas.get(0).remaining("r14", PACE, T0.plusMillis(2500), T0.plusSeconds(10)).block();
		assertThat(slot.refused()).isTrue();
		assertThat(slot.delay()).isEqualTo(Duration.ofMillis(28_500));
	}

	@Test
	void everySlotReportsTheSharedLevelAndWhatMayGoAtOnce() {
		List<SharedCoordination> replicas = replicas(2);
		Slot first = replicas.get(0).reserve("r0", PACE, T0, null).block();
		assertThat(first.perMinute()).isEqualTo(120.0);
		// a burst of 10, one used
		assertThat(first.available()).isEqualTo(9);
		for (int i = 1; i < 10; i++) {
			replicas.get(1).reserve("r" + i, PACE, T0, null).block();
		}
		// a global 429 seen by replica 1 halves the level (its largest step): replica 0 reads it with its next slot
		replicas.get(1).limited("429", null, true, PACE, T0).block();
		Slot lowered = replicas.get(0).reserve("r10", PACE, T0, null).block();
		assertThat(lowered.perMinute()).isEqualTo(60.0);
		assertThat(lowered.available()).isZero();
	}

	@Test
	void aConcurrency429InALaneLowersItsCapForEveryReplicaUntilItGrowsBack() {
		String account = "account-" + UUID.randomUUID();
		List<SharedCoordination> replicas = replicas(account, 2);
		Lane lane = Lane.of("companies.list", 2);
		Duration ttl = Duration.ofSeconds(30);
		Duration recovery = Duration.ofSeconds(30);
		replicas.get(0).laneLimited(lane, OptionalInt.of(1), recovery, T0).block();
		assertThat(replicas.get(1).acquire(lane, "b1", ttl, T0).block()).isZero();
		// the lane's width is 2, its cap 1: the second lease waits
		assertThat(replicas.get(1).acquire(lane, "b2", ttl, T0.plusSeconds(1)).block()).isPositive();
		// a quiet recovery interval later the cap has grown back by one, to the width
		assertThat(replicas.get(1).acquire(lane, "b2", ttl, T0.plusSeconds(30)).block()).isZero();
		// the lowered cap expires from Redis once it has grown back
		String capKey = RedisSharedCoordination.keyPrefix(account) + "lane-cap:companies.list";
		assertThat(redis.template().getExpire(capKey).block()).isPositive()
			.isLessThanOrEqualTo(Duration.ofSeconds(31));
		// without a limit named, a 429 lowers the cap by one; an exclusive lane has nothing to lower
		Lane wide = Lane.of("profiles.search", 3);
		replicas.get(0).laneLimited(wide, OptionalInt.empty(), recovery, T0).block();
		assertThat(replicas.get(1).acquire(wide, "w1", ttl, T0).block()).isZero();
		assertThat(replicas.get(1).acquire(wide, "w2", ttl, T0).block()).isZero();
		assertThat(replicas.get(1).acquire(wide, "w3", ttl, T0).block()).isPositive();
		Lane exclusive = Lane.exclusive("deliveries.create:uid:u-1");
		replicas.get(0).laneLimited(exclusive, OptionalInt.empty(), recovery, T0).block();
		assertThat(redis.template().hasKey(RedisSharedCoordination.keyPrefix(account) + "lane-cap:"
				+ exclusive.key()).block()).isFalse();
	}

	@Test
	void requestsSentAloneWhileRedisWasAwayCountInTheSharedWindow() {
		List<SharedCoordination> replicas = replicas(2);
		List<Instant> alone = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			alone.add(T0.minusSeconds(5));
		}
		// one older than the window: not counted
		alone.add(T0.minusSeconds(30));
		replicas.get(0).sentAlone("alone", alone, PACE, T0).block();
		// the window holds 20 (its cap): the next send waits until they leave it, 10 s (plus the 1 % margin) after them
		assertThat(replicas.get(1).reserve("r", PACE, T0, null).block().delay()).isEqualTo(Duration.ofMillis(5_100));
	}

	@Test
	void keysAreNamedByTheAccountKeyAndABlankKeyIsRefused() {
		assertThat(RedisSharedCoordination.keyPrefix("shop-eu")).isEqualTo("chameleon:{shop-eu}:");
		assertThat(new RedisSharedCoordination(redis.template(), "shop-eu")).hasToString(
				"RedisSharedCoordination[chameleon:{shop-eu}:]");
		assertThatIllegalArgumentException().isThrownBy(() -> new RedisSharedCoordination(redis.template(), " "))
			.withMessageContaining("accountKey");
	}

}
