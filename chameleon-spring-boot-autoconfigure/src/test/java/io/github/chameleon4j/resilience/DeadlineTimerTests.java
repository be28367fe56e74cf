package io.github.chameleon4j.resilience;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared deadline timer: it runs what is due, never what was disarmed, and drives Reactor's timeout. */
class DeadlineTimerTests {

	@Test
	void whenADisarmedTaskWouldBeDueBeforeAnArmedOneThenOnlyTheArmedOneRuns() throws Exception {
		AtomicBoolean disarmedRan = new AtomicBoolean();
		CountDownLatch armedRan = new CountDownLatch(1);
		Disposable disarmed = DeadlineTimer.SHARED.schedule(() -> disarmedRan.set(true), 50, TimeUnit.MILLISECONDS);
		disarmed.dispose();
		DeadlineTimer.SHARED.schedule(armedRan::countDown, 100, TimeUnit.MILLISECONDS);
		// the wheel expires tasks in deadline order, so once the later task ran the earlier one had its turn
		assertThat(armedRan.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(disarmedRan).isFalse();
		assertThat(disarmed.isDisposed()).isTrue();
	}

	@Test
	void whenAPublisherOutlivesItsTimeoutOnTheTimerThenTheFallbackIsUsed() {
		StepVerifier.create(Mono.never().timeout(java.time.Duration.ofMillis(10), Mono.just("fallback"), DeadlineTimer.SHARED))
			.expectNext("fallback")
			.expectComplete()
			.verify(java.time.Duration.ofSeconds(10));
	}

	@Test
	void whenAPublisherAnswersInTimeThenItsTimeoutIsDisarmed() {
		StepVerifier.create(Mono.just("answer").timeout(java.time.Duration.ofSeconds(30), DeadlineTimer.SHARED))
			.expectNext("answer")
			.expectComplete()
			.verify(java.time.Duration.ofSeconds(10));
	}

}
