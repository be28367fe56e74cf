package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.retry.Retry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.ChameleonServerException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Resilience4j {@link Retry}'s metrics count every outcome of a logical call, the failures the
 * policy declines to retry included, so that {@code resilience4j.retry.calls} tells the whole story.
 */
class ChameleonResilienceRetryMetricsTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private static final CallDescriptor POST = new CallDescriptor(HttpMethod.POST, "/v3/test", false, null, null);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final AtomicInteger sends = new AtomicInteger();

	private ChameleonResilienceBuilder builder() {
		return ChameleonResilience.builder().clock(this.clock).scheduler(this.vts).random(() -> 1.0)
			.cooldown((c) -> c.maxJitter(Duration.ZERO)).pace((p) -> p.enabled(false));
	}

	private Mono<String> scripted(RuntimeException... failures) {
		Deque<RuntimeException> script = new ConcurrentLinkedDeque<>(List.of(failures));
		return Mono.defer(() -> {
			this.sends.incrementAndGet();
			RuntimeException next = script.poll();
			return (next != null) ? Mono.error(next) : Mono.just("ok");
		});
	}

	private void run(Mono<String> call) {
		call.subscribe(null, (error) -> {
		});
		this.vts.advanceTimeBy(Duration.ofMinutes(5));
	}

	private static Retry.Metrics metrics(ChameleonResilience policy) {
		return policy.retry().orElseThrow().getMetrics();
	}

	@Test
	void whenCallsSucceedAtOnceOrAfterARetryThenEachIsCountedAsSuch() {
		ChameleonResilience policy = builder().build();
		run(policy.apply(GET, scripted()));
		run(policy.apply(GET, scripted(Failures.status(503))));
		assertThat(metrics(policy).getNumberOfSuccessfulCallsWithoutRetryAttempt()).isEqualTo(1);
		assertThat(metrics(policy).getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
		assertThat(metrics(policy).getNumberOfFailedCallsWithRetryAttempt()).isZero();
		assertThat(metrics(policy).getNumberOfFailedCallsWithoutRetryAttempt()).isZero();
	}

	@Test
	void whenAttemptsRunOutThenTheCallIsCountedAsFailedWithRetry() {
		ChameleonResilience policy = builder().retry((r) -> r.maxAttempts(3)).build();
		run(policy.apply(GET, scripted(Failures.status(503), Failures.status(503), Failures.status(503))));
		assertThat(this.sends).hasValue(3);
		assertThat(metrics(policy).getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
		assertThat(metrics(policy).getNumberOfFailedCallsWithoutRetryAttempt()).isZero();
	}

	@Test
	void whenAFailureIsNeverRetriedThenTheCallIsCountedAsFailedWithoutRetry() {
		ChameleonResilience policy = builder().build();
		StepVerifier.create(policy.apply(GET, scripted(Failures.status(404))))
			.expectError(ChameleonNotFoundException.class)
			.verify(Duration.ofSeconds(1));
		assertThat(metrics(policy).getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
	}

	@Test
	void whenACallThatIsNotSafeToRepeatFailsWith500ThenItIsCountedAsFailedWithoutRetry() {
		ChameleonResilience policy = builder().build();
		StepVerifier.create(policy.apply(POST, scripted(Failures.status(500))))
			.expectError(ChameleonServerException.class)
			.verify(Duration.ofSeconds(1));
		assertThat(this.sends).hasValue(1);
		assertThat(metrics(policy).getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
		assertThat(metrics(policy).getNumberOfFailedCallsWithRetryAttempt()).isZero();
	}

	@Test
	void whenACustomizerRetriesEveryExceptionThenACallThatIsNotSafeToRepeatIsStillNotRetriedAndCounted() {
		ChameleonResilience policy = builder().retryConfig((config) -> config.retryOnException((failure) -> true)).build();
		run(policy.apply(POST, scripted(Failures.status(500))));
		assertThat(this.sends).hasValue(1);
		assertThat(metrics(policy).getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
	}

	@Test
	void whenTheBackoffWouldOutlastTheDeadlineThenTheCallIsCountedAsFailedWithoutRetry() {
		ChameleonResilience policy = builder().deadline(Duration.ofMillis(2500)).build();
		Mono<String> call = policy.apply(GET, scripted(Failures.status(503), Failures.status(503)));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(1))
			.expectError(ChameleonServerException.class)
			.verify();
		// sent at 0 and 1s; the next backoff (2s) would end after the deadline
		assertThat(this.sends).hasValue(2);
		assertThat(metrics(policy).getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
		assertThat(metrics(policy).getNumberOfFailedCallsWithRetryAttempt()).isZero();
	}

	@Test
	void whenTheWaitHintOutlastsTheDeadlineThenTheCallFailsAtOnceCountedAsFailedWithoutRetry() {
		ChameleonResilience policy = builder().deadline(Duration.ofSeconds(5)).build();
		StepVerifier.create(policy.apply(GET, scripted(Failures.status(429, "X-Ratelimit-Wait", "30"))))
			.expectError(ChameleonRateLimitException.class)
			.verify(Duration.ofSeconds(1));
		assertThat(this.sends).hasValue(1);
		assertThat(metrics(policy).getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
		assertThat(metrics(policy).getNumberOfFailedCallsWithRetryAttempt()).isZero();
	}

	@Test
	void whenTheDeadlineRunsOutDuringAnAttemptThenTheCallIsCountedAsFailedWithoutRetry() {
		ChameleonResilience policy = builder().deadline(Duration.ofSeconds(10)).build();
		Mono<String> call = policy.apply(GET, Mono.never());
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(10))
			.expectError(ChameleonDeadlineExceededException.class)
			.verify();
		assertThat(metrics(policy).getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
		assertThat(metrics(policy).getNumberOfSuccessfulCallsWithoutRetryAttempt()).isZero();
	}

	@Test
	void whenACallerCancelsThenTheRetryCountsNothing() {
		ChameleonResilience policy = builder().build();
		policy.apply(GET, Mono.<String>never()).subscribe().dispose();
		Retry.Metrics metrics = metrics(policy);
		assertThat(metrics.getNumberOfSuccessfulCallsWithoutRetryAttempt() + metrics.getNumberOfSuccessfulCallsWithRetryAttempt()
				+ metrics.getNumberOfFailedCallsWithoutRetryAttempt() + metrics.getNumberOfFailedCallsWithRetryAttempt())
			.isZero();
	}

}
