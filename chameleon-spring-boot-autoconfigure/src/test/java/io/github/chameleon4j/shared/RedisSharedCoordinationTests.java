package io.github.chameleon4j.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.chameleon4j.resilience.Lane;
import io.github.chameleon4j.resilience.SharedCoordination;
import io.github.chameleon4j.resilience.SharedCoordination.PaceSettings;

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
		String account = "account-" + UUID.randomUUID();
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
			Duration wait = replicas.get(i % 3).reserve("r" + i, PACE, T0).block();
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
		assertThat(replicas.get(1).reserve("r1", PACE, T0.plusSeconds(1)).block()).isEqualTo(Duration.ofSeconds(6));
		assertThat(replicas.get(1).cooldown(until).block()).isZero();
		// a shorter hint later never shortens the cool-down
		replicas.get(1).limited("429-b", T0.plusSeconds(3), false, PACE, T0.plusSeconds(2)).block();
		assertThat(replicas.get(0).cooldown(T0.plusSeconds(2)).block()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void aCooldownThatBeginsWhileAReservationWaitsMovesItPastTheEnd() {
		List<SharedCoordination> replicas = replicas(2);
		for (int i = 0; i < 15; i++) {
			replicas.get(0).reserve("r" + i, PACE, T0).block();
		}
		// r14 was due at 2.5 s; at 1 s another replica gets a 429 saying wait 4 s
		replicas.get(1).limited("429", T0.plusSeconds(5), false, PACE, T0.plusSeconds(1)).block();
		assertThat(replicas.get(0).remaining("r14", PACE, T0.plusMillis(2500)).block())
			.isGreaterThanOrEqualTo(Duration.ofMillis(2500));
	}

	@Test
	void aGlobal429SeenByOneReplicaLowersThePaceForAll() {
		List<SharedCoordination> replicas = replicas(2);
		List<Duration> before = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			before.add(replicas.get(0).reserve("r" + i, PACE, T0).block());
		}
		// 10 went at T0; a global 429 now: the server accepted 9 in the window, the pace halves (its largest step)
		replicas.get(1).limited("429", null, true, PACE, T0).block();
		Duration moved = replicas.get(1).remaining("r19", PACE, T0).block();
		assertThat(moved).isGreaterThan(before.get(19));
		// the next reservation of either replica comes after the moved ones, at the lowered pace of 60/min
		Duration next = replicas.get(1).reserve("r20", PACE, T0).block();
		assertThat(next).isGreaterThan(moved);
		assertThat(next.minus(moved)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aRequestThatWentOutLateCountsFromWhenItWentOut() {
		List<SharedCoordination> replicas = replicas(2);
		PaceSettings oneAtATime = new PaceSettings(60, 30, Duration.ofSeconds(10), 1, 0.5, true, 10,
				Duration.ofSeconds(30), Duration.ofMinutes(5));
		assertThat(replicas.get(0).reserve("r0", oneAtATime, T0).block()).isZero();
		// r0 waited for a cold connection: it reached the server 3 s after its slot
		replicas.get(0).sent("r0", T0.plusSeconds(3)).block();
		assertThat(replicas.get(1).reserve("r1", oneAtATime, T0).block()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
		// never earlier than the slot
		replicas.get(0).sent("r1", T0).block();
		assertThat(replicas.get(0).remaining("r1", oneAtATime, T0).block()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
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
	void keysAreNamedByTheAccountKeyAndABlankKeyIsRefused() {
		assertThat(RedisSharedCoordination.keyPrefix("shop-eu")).isEqualTo("chameleon:{shop-eu}:");
		assertThat(new RedisSharedCoordination(redis.template(), "shop-eu")).hasToString(
				"RedisSharedCoordination[chameleon:{shop-eu}:]");
		assertThatIllegalArgumentException().isThrownBy(() -> new RedisSharedCoordination(redis.template(), " "))
			.withMessageContaining("accountKey");
	}

}
