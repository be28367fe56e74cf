package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two light operators every call runs: {@link Tap} (exactly one outcome, heard before the signal goes on)
 * and {@link Expiry} (a timeout that cancels the source and disarms its timer). Time is virtual.
 */
class HotPathOperatorsTests {

	@Test
	void whenTheSourceEmitsThenTheTapHearsTheValueOnceBeforeTheSubscriber() {
		List<String> heard = new ArrayList<>();
		Mono<String> tapped = Tap.on(Mono.just("tour"), new Tap.Outcome<String>() {
			@Override
			public void value(String value) {
				heard.add("value " + value);
			}

			@Override
			public void empty() {
				heard.add("empty");
			}
		});
		StepVerifier.create(tapped.doOnNext((value) -> heard.add("subscriber " + value)))
			.expectNext("tour")
			.verifyComplete();
		assertThat(heard).containsExactly("value tour", "subscriber tour");
	}

	@Test
	void whenTheSourceFailsThenTheTapMayReplaceTheFailure() {
		AtomicInteger outcomes = new AtomicInteger();
		Mono<String> tapped = Tap.on(Mono.error(new IllegalStateException("attempt")), new Tap.Outcome<String>() {
			@Override
			public Throwable error(Throwable failure) {
				outcomes.incrementAndGet();
				return new IllegalArgumentException("mapped", failure);
			}

			@Override
			public void cancelled() {
				outcomes.incrementAndGet();
			}
		});
		StepVerifier.create(tapped)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("mapped")
				.hasCauseInstanceOf(IllegalStateException.class))
			.verify();
		assertThat(outcomes).hasValue(1);
	}

	@Test
	void whenTheSubscriberCancelsThenTheTapHearsItOnceAndTheSourceIsCancelled() {
		PublisherProbe<String> source = PublisherProbe.of(Mono.never());
		List<String> heard = new ArrayList<>();
		Mono<String> tapped = Tap.on(source.mono(), new Tap.Outcome<String>() {
			@Override
			public void value(String value) {
				heard.add("value");
			}

			@Override
			public void cancelled() {
				heard.add("cancelled");
			}
		});
		StepVerifier.create(tapped).thenCancel().verify();
		source.assertWasCancelled();
		assertThat(heard).containsExactly("cancelled");
	}

	@Test
	void whenTheSourceCompletesEmptyThenTheTapHearsEmpty() {
		List<String> heard = new ArrayList<>();
		StepVerifier.create(Tap.on(Mono.<String>empty(), new Tap.Outcome<String>() {
			@Override
			public void empty() {
				heard.add("empty");
			}

			@Override
			public void cancelled() {
				heard.add("cancelled");
			}
		})).verifyComplete();
		assertThat(heard).containsExactly("empty");
	}

	@Test
	void whenTheSourceOutlivesTheTimeoutThenItIsCancelledAndTheSuppliedFailureIsSignalled() {
		VirtualTimeScheduler time = VirtualTimeScheduler.create();
		PublisherProbe<String> source = PublisherProbe.of(Mono.never());
		Mono<String> bounded = new Expiry<>(source.mono(), Duration.ofSeconds(5).toNanos(), time,
				() -> new TimeoutException("late"));
		StepVerifier.withVirtualTime(() -> bounded, () -> time, Long.MAX_VALUE)
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(4999))
			.thenAwait(Duration.ofMillis(1))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(TimeoutException.class).hasMessage("late"))
			.verify();
		source.assertWasCancelled();
	}

	@Test
	void whenTheSourceAnswersInTimeThenTheTimerIsDisarmed() {
		VirtualTimeScheduler time = VirtualTimeScheduler.create();
		Sinks.One<String> answer = Sinks.one();
		AtomicInteger expired = new AtomicInteger();
		Mono<String> bounded = new Expiry<>(answer.asMono(), Duration.ofSeconds(5).toNanos(), time, () -> {
			expired.incrementAndGet();
			return new TimeoutException("late");
		});
		StepVerifier.withVirtualTime(() -> bounded, () -> time, Long.MAX_VALUE)
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(2))
			.then(() -> answer.tryEmitValue("tour"))
			.expectNext("tour")
			.verifyComplete();
		time.advanceTimeBy(Duration.ofMinutes(1));
		assertThat(expired).hasValue(0);
	}

	@Test
	void whenTheSubscriberCancelsThenTheTimerIsDisarmedAndTheSourceCancelled() {
		VirtualTimeScheduler time = VirtualTimeScheduler.create();
		PublisherProbe<String> source = PublisherProbe.of(Mono.never());
		AtomicInteger expired = new AtomicInteger();
		Mono<String> bounded = new Expiry<>(source.mono(), Duration.ofSeconds(5).toNanos(), time, () -> {
			expired.incrementAndGet();
			return new TimeoutException("late");
		});
		StepVerifier.withVirtualTime(() -> bounded, () -> time, Long.MAX_VALUE)
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(1))
			.thenCancel()
			.verify();
		time.advanceTimeBy(Duration.ofMinutes(1));
		source.assertWasCancelled();
		assertThat(expired).hasValue(0);
	}

	@Test
	void whenTheSourceFailsInTimeThenItsFailureIsSignalledAndTheTimerDisarmed() {
		VirtualTimeScheduler time = VirtualTimeScheduler.create();
		AtomicInteger expired = new AtomicInteger();
		Mono<String> bounded = new Expiry<>(Mono.error(new IllegalStateException("refused")),
				Duration.ofSeconds(5).toNanos(), time, () -> {
					expired.incrementAndGet();
					return new TimeoutException("late");
				});
		StepVerifier.withVirtualTime(() -> bounded, () -> time, Long.MAX_VALUE)
			.expectErrorMessage("refused")
			.verify();
		time.advanceTimeBy(Duration.ofMinutes(1));
		assertThat(expired).hasValue(0);
	}

}
