package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
import io.github.chameleon4j.error.ChameleonServerException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RetryingCall}: the deadline and the retry loop as one operator. A wait between attempts is cancelled
 * with the call, the deadline cancels the attempt in flight, an empty attempt ends the call empty, and a failure
 * the retry gives up on ends the call with its failure, and a failure after the call ended is logged at DEBUG rather
 * than dropped to Reactor as an error. Virtual time.
 */
class RetryingCallTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final List<Instant> sends = new CopyOnWriteArrayList<>();

	private ChameleonResilienceBuilder builder() {
		return ChameleonResilience.builder().clock(this.clock).scheduler(this.vts).random(() -> 0.0)
			.cooldown((c) -> c.maxJitter(Duration.ZERO)).pace((p) -> p.enabled(false))
			.retry((r) -> r.initialBackoff(Duration.ofSeconds(1)));
	}

	/** Fails with a 503 the first {@code failures} times, then answers. */
	private Mono<String> failingThenOk(int failures) {
		AtomicInteger attempt = new AtomicInteger();
		return Mono.defer(() -> {
			this.sends.add(this.clock.instant());
			return (attempt.getAndIncrement() < failures) ? Mono.error(Failures.status(503)) : Mono.just("ok");
		});
	}

	@Test
	void aCallRetriedTwiceSucceedsOnceAfterTheBackoffsItWasGiven() {
		ChameleonResilience policy = builder().build();
		StepVerifier.withVirtualTime(() -> policy.apply(GET, failingThenOk(2)), () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofMinutes(1))
			.expectNext("ok")
			.verifyComplete();
		assertThat(this.sends).hasSize(3);
		// each attempt after the wait the retry chose (exponential backoff), never at once
		Duration first = Duration.between(this.sends.get(0), this.sends.get(1));
		assertThat(first).isPositive();
		assertThat(Duration.between(this.sends.get(1), this.sends.get(2))).isGreaterThan(first);
	}

	@Test
	void cancellingDuringTheBackoffSendsNothingMore() {
		ChameleonResilience policy = builder().build();
		Disposable call = policy.apply(GET, failingThenOk(5)).subscribe((value) -> {
		}, (failure) -> {
		});
		assertThat(this.sends).hasSize(1);
		call.dispose();
		this.vts.advanceTimeBy(Duration.ofMinutes(5));
		assertThat(this.sends).hasSize(1);
	}

	@Test
	void theDeadlineCancelsTheAttemptInFlightAndFailsTheCall() {
		ChameleonResilience policy = builder().deadline(Duration.ofMillis(1500)).build();
		AtomicInteger cancelled = new AtomicInteger();
		AtomicInteger attempt = new AtomicInteger();
		Mono<String> failsThenHangs = Mono.defer(() -> {
			this.sends.add(this.clock.instant());
			return (attempt.getAndIncrement() == 0) ? Mono.<String>error(Failures.status(503))
					: Mono.<String>never().doOnCancel(cancelled::incrementAndGet);
		});
		StepVerifier.withVirtualTime(() -> policy.apply(GET, failsThenHangs), () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(2))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ChameleonDeadlineExceededException.class))
			.verify();
		assertThat(this.sends).hasSize(2);
		assertThat(cancelled).hasValue(1);
	}

	@Test
	void anAttemptThatCompletesEmptyEndsTheCallEmpty() {
		ChameleonResilience policy = builder().build();
		StepVerifier.withVirtualTime(() -> policy.apply(GET, Mono.<Void>empty()), () -> this.vts, Long.MAX_VALUE)
			.verifyComplete();
	}

	@Test
	void aFailureTheRetryGivesUpOnEndsTheCallWithIt() {
		ChameleonResilience policy = builder().retry((r) -> r.maxAttempts(2).initialBackoff(Duration.ofSeconds(1)))
			.build();
		StepVerifier.withVirtualTime(() -> policy.apply(GET, failingThenOk(5)), () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofMinutes(1))
			.expectError(ChameleonServerException.class)
			.verify();
		assertThat(this.sends).hasSize(2);
	}


	@Test
	void aFailureAfterTheDeadlineIsLoggedAtDebugNotDroppedAsAnError() {
		ChameleonResilience policy = builder().retry((r) -> r.enabled(false)).deadline(Duration.ofSeconds(1)).build();
		// an attempt that fails just as the deadline cancels it: its failure arrives after the call ended
		AtomicReference<CoreSubscriber<? super String>> attempt = new AtomicReference<>();
		Mono<String> late = new Mono<>() {

			@Override
			public void subscribe(CoreSubscriber<? super String> actual) {
				actual.onSubscribe(Operators.emptySubscription());
				attempt.set(actual);
			}

		};
		List<Throwable> droppedToReactor = new CopyOnWriteArrayList<>();
		Hooks.onErrorDropped(droppedToReactor::add);
		Logger logger = (Logger) LoggerFactory.getLogger(RetryingCall.class);
		Level before = logger.getLevel();
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		logger.addAppender(events);
		logger.setLevel(Level.DEBUG);
		try {
			StepVerifier.withVirtualTime(() -> policy.apply(GET, late), () -> this.vts, Long.MAX_VALUE)
				.thenAwait(Duration.ofSeconds(1))
				.expectError(ChameleonDeadlineExceededException.class)
				.verify();
			attempt.get().onError(new java.io.IOException("connection reset"));
		}
		finally {
			Hooks.resetOnErrorDropped();
			logger.detachAppender(events);
			logger.setLevel(before);
		}
		assertThat(droppedToReactor).isEmpty();
		assertThat(events.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
			assertThat(event.getThrowableProxy().getMessage()).isEqualTo("connection reset");
		});
	}

}
