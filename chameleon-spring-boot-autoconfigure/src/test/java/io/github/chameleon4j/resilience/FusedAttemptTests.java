package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.error.ChameleonCircuitOpenException;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.ChameleonServerException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FusedAttempt}: with no pace, an attempt that need not wait is guarded by one operator, and one that must
 * wait (gate closed, no permit free) goes through the operator chain. Either way the permit, the breaker and the
 * attempt's bookkeeping end exactly as the chain ends them. Virtual time.
 */
class FusedAttemptTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final List<Instant> sends = new CopyOnWriteArrayList<>();

	private ChameleonResilienceBuilder builder() {
		return ChameleonResilience.builder().clock(this.clock).scheduler(this.vts).random(() -> 0.0)
			.cooldown((c) -> c.maxJitter(Duration.ZERO)).pace((p) -> p.enabled(false));
	}

	private <T> Mono<T> sent(Mono<T> answer) {
		return Mono.defer(() -> {
			this.sends.add(this.clock.instant());
			return answer;
		});
	}

	private static CircuitBreaker.Metrics breaker(ChameleonResilience policy) {
		return policy.circuitBreaker().orElseThrow().getMetrics();
	}

	@Test
	void aSuccessHoldsItsPermitUntilItEndsAndCountsForTheBreaker() {
		ChameleonResilience policy = builder().build();
		Sinks.One<String> answer = Sinks.one();
		StepVerifier.create(policy.apply(GET, sent(answer.asMono())))
			.then(() -> assertThat(policy.inFlight()).isEqualTo(1))
			.then(() -> answer.tryEmitValue("ok"))
			.expectNext("ok")
			.verifyComplete();
		assertThat(policy.inFlight()).isZero();
		assertThat(breaker(policy).getNumberOfSuccessfulCalls()).isEqualTo(1);
		assertThat(this.sends).hasSize(1);
	}

	@Test
	void aCancelledAttemptGivesBackItsPermitAndItsBreakerPermission() {
		ChameleonResilience policy = builder().retry((r) -> r.enabled(false)).build();
		Disposable call = policy.apply(GET, sent(Mono.<String>never())).subscribe();
		assertThat(policy.inFlight()).isEqualTo(1);
		call.dispose();
		assertThat(policy.inFlight()).isZero();
		assertThat(breaker(policy).getNumberOfBufferedCalls()).isZero();
	}

	@Test
	void aServerFailureIsTheBreakersAndA429ComesOutWithItsRetryAt() {
		ChameleonResilience policy = builder().retry((r) -> r.enabled(false)).build();
		StepVerifier.create(policy.apply(GET, sent(Mono.<String>error(Failures.status(503)))))
			.expectError(ChameleonServerException.class)
			.verify();
		assertThat(breaker(policy).getNumberOfFailedCalls()).isEqualTo(1);
		StepVerifier.create(policy.apply(GET, sent(Mono.<String>error(Failures.status(429, "X-Ratelimit-Wait", "12")))))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(ChameleonRateLimitException.class,
					(limited) -> assertThat(limited.retryAt()).isEqualTo(Instant.EPOCH.plusSeconds(12))))
			.verify();
		// a caller's 429 says nothing about the server's health; both permits are back
		assertThat(breaker(policy).getNumberOfFailedCalls()).isEqualTo(1);
		assertThat(policy.inFlight()).isZero();
	}

	@Test
	void anOpenCircuitRefusesBeforeAnythingIsSentAndKeepsNoPermit() {
		ChameleonResilience policy = builder().build();
		policy.circuitBreaker().orElseThrow().transitionToOpenState();
		StepVerifier.create(policy.apply(GET, sent(Mono.just("ok"))))
			.expectError(ChameleonCircuitOpenException.class)
			.verify();
		assertThat(this.sends).isEmpty();
		assertThat(policy.inFlight()).isZero();
	}

	@Test
	void anAttemptWithNoPermitFreeWaitsForOneThroughTheChain() {
		ChameleonResilience policy = builder().concurrency((c) -> c.maxInFlight(1)).build();
		Sinks.One<String> first = Sinks.one();
		Disposable holding = policy.apply(GET, sent(first.asMono())).subscribe();
		StepVerifier.create(policy.apply(GET, sent(Mono.just("second"))))
			.then(() -> assertThat(this.sends).hasSize(1))
			.then(() -> assertThat(policy.waitingForPermit()).isEqualTo(1))
			.then(() -> first.tryEmitValue("first"))
			.expectNext("second")
			.verifyComplete();
		assertThat(this.sends).hasSize(2);
		assertThat(policy.inFlight()).isZero();
		holding.dispose();
	}

	@Test
	void anAttemptAtAClosedGateWaitsItOutThroughTheChain() {
		ChameleonResilience policy = builder().retry((r) -> r.enabled(false)).build();
		StepVerifier.create(policy.apply(GET, sent(Mono.<String>error(Failures.status(429, "X-Ratelimit-Wait", "12")))))
			.expectError(ChameleonRateLimitException.class)
			.verify();
		StepVerifier.withVirtualTime(() -> policy.apply(GET, sent(Mono.just("after"))), () -> this.vts, Long.MAX_VALUE)
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(11))
			.then(() -> assertThat(this.sends).hasSize(1))
			.thenAwait(Duration.ofSeconds(1))
			.expectNext("after")
			.verifyComplete();
		assertThat(this.sends).extracting((sent) -> Duration.between(Instant.EPOCH, sent))
			.containsExactly(Duration.ZERO, Duration.ofSeconds(12));
	}

}
