package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ExpirySweeper}: the table the shared timer sweeps once per tick. The sweeps are driven by hand with
 * chosen {@code nanoTime} values, so nothing here waits.
 */
class ExpirySweeperTests {

	/** A timeout that counts how often it fired. */
	static final class Recorded implements ExpirySweeper.Due {

		final long due;

		int fired;

		Recorded(long due) {
			this.due = due;
		}

		@Override
		public long dueNanos() {
			return this.due;
		}

		@Override
		public void expire() {
			this.fired++;
		}

	}

	@Test
	void aSweepFiresOnlyWhatIsDueAndEachTimeoutOnce() {
		ExpirySweeper sweeper = new ExpirySweeper();
		Recorded early = new Recorded(1_000);
		Recorded late = new Recorded(5_000);
		sweeper.arm(early);
		sweeper.arm(late);
		assertThat(sweeper.sweep(999)).isZero();
		assertThat(sweeper.sweep(1_000)).isEqualTo(1);
		assertThat(sweeper.sweep(4_000)).isZero();
		assertThat(sweeper.sweep(10_000)).isEqualTo(1);
		assertThat(sweeper.sweep(20_000)).isZero();
		assertThat(early.fired).isEqualTo(1);
		assertThat(late.fired).isEqualTo(1);
	}

	@Test
	void aDisarmedTimeoutNeverFiresAndLeavesItsSlotFree() {
		ExpirySweeper sweeper = new ExpirySweeper();
		Recorded ended = new Recorded(1_000);
		int slot = sweeper.arm(ended);
		sweeper.disarm(slot, ended);
		assertThat(sweeper.sweep(Long.MAX_VALUE / 2)).isZero();
		assertThat(ended.fired).isZero();
		// the freed slot is handed out again, and a late disarm of the old timeout does not clear the new one
		List<Recorded> armed = new ArrayList<>();
		Set<Integer> slots = new HashSet<>();
		for (int i = 0; i < sweeper.capacity(); i++) {
			Recorded next = new Recorded(1_000);
			armed.add(next);
			slots.add(sweeper.arm(next));
		}
		assertThat(slots).contains(slot).hasSize(sweeper.capacity());
		sweeper.disarm(slot, ended);
		assertThat(sweeper.sweep(2_000)).isEqualTo(armed.size());
	}

	@Test
	void theTableGrowsWithTheTimeoutsRunningAtOnceAndLosesNone() {
		ExpirySweeper sweeper = new ExpirySweeper();
		int running = ExpirySweeper.SEGMENT_SIZE * 5 + 3;
		List<Recorded> armed = new ArrayList<>();
		Set<Integer> slots = new HashSet<>();
		for (int i = 0; i < running; i++) {
			Recorded next = new Recorded(i);
			armed.add(next);
			slots.add(sweeper.arm(next));
		}
		assertThat(slots).hasSize(running);
		assertThat(sweeper.capacity()).isGreaterThanOrEqualTo(running).isLessThanOrEqualTo(4 * running);
		assertThat(sweeper.sweep(running)).isEqualTo(running);
		assertThat(armed).allSatisfy((timeout) -> assertThat(timeout.fired).isEqualTo(1));
	}

	@Test
	void oneFailingTimeoutDoesNotKeepTheOthersFromExpiring() {
		ExpirySweeper sweeper = new ExpirySweeper();
		Recorded before = new Recorded(1);
		sweeper.arm(before);
		sweeper.arm(new ExpirySweeper.Due() {
			@Override
			public long dueNanos() {
				return 1;
			}

			@Override
			public void expire() {
				throw new IllegalStateException("a subscriber that throws");
			}
		});
		Recorded after = new Recorded(1);
		sweeper.arm(after);
		assertThat(sweeper.sweep(2)).isEqualTo(3);
		assertThat(before.fired).isEqualTo(1);
		assertThat(after.fired).isEqualTo(1);
	}

	@Test
	void onTheSharedTimerAnExpiryStillFailsWhenTheSourceTakesTooLongAndIsCancelled() {
		Sinks.Empty<Void> cancelled = Sinks.empty();
		Mono<String> never = Mono.<String>never().doOnCancel(cancelled::tryEmitEmpty);
		StepVerifier.create(DeadlineTimer.within(never, Duration.ofMillis(20), () -> new TimeoutException("too slow")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(TimeoutException.class).hasMessage("too slow"))
			.verify(Duration.ofSeconds(10));
		StepVerifier.create(cancelled.asMono()).verifyComplete();
	}

	@Test
	void onTheSharedTimerAnExpiryThatEndsInTimeLeavesNothingArmed() {
		int before = DeadlineTimer.SHARED.armed();
		for (int i = 0; i < 1_000; i++) {
			StepVerifier.create(DeadlineTimer.within(Mono.just(i), Duration.ofMinutes(1), TimeoutException::new))
				.expectNext(i)
				.verifyComplete();
		}
		// none of the thousand is still armed, so none keeps its call alive
		assertThat(DeadlineTimer.SHARED.armed()).isLessThanOrEqualTo(before);
	}

}
