package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.error.ChameleonCircuitOpenException;
import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
import io.github.chameleon4j.error.ChameleonDecodingException;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.ChameleonResponseTooLargeException;
import io.github.chameleon4j.error.ChameleonServerException;
import io.github.chameleon4j.error.ChameleonTransportException;
import io.github.chameleon4j.error.RateLimitStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy against scripted attempts, under virtual time (every delay runs on the injected scheduler). */
class ChameleonResilienceTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private static final CallDescriptor POST = new CallDescriptor(HttpMethod.POST, "/v3/test", false, null, null);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final List<Instant> sends = new CopyOnWriteArrayList<>();

	private ChameleonResilienceBuilder builder() {
		return ChameleonResilience.builder().clock(this.clock).scheduler(this.vts).random(() -> 0.0).cooldown((c) -> c.maxJitter(Duration.ZERO));
	}

	/** An attempt that records its send instant and answers from the script (null = success). */
	private Mono<String> scripted(Deque<RuntimeException> script) {
		return Mono.defer(() -> {
			this.sends.add(this.clock.instant());
			RuntimeException next = script.poll();
			return (next != null) ? Mono.error(next) : Mono.just("ok");
		});
	}

	private static Deque<RuntimeException> script(RuntimeException... failures) {
		return new ConcurrentLinkedDeque<>(List.of(failures));
	}

	private Duration sinceStart(Instant instant) {
		return Duration.between(Instant.EPOCH, instant);
	}

	@Test
	void whenServerSaysWait12sThenTheRetryIsNotSentBeforeThat() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		Mono<String> call = policy.apply(GET, scripted(script(Failures.status(429, "X-Ratelimit-Wait", "12"))));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.expectSubscription()
			.then(() -> assertThat(policy.cooldownUntil()).contains(Instant.EPOCH.plusSeconds(12)))
			.thenAwait(Duration.ofMillis(11_999))
			.then(() -> assertThat(this.sends).hasSize(1))
			.thenAwait(Duration.ofMillis(1))
			.expectNext("ok")
			.verifyComplete();
		assertThat(this.sends).extracting(this::sinceStart).containsExactly(Duration.ZERO, Duration.ofSeconds(12));
		assertThat(policy.recentRateLimitEvents()).singleElement()
			.satisfies((event) -> assertThat(event.strategy()).isEqualTo(RateLimitStrategy.BUCKET));
	}

	@Test
	void whenA429NamesALimitBesideAWaitThenOnlyThatCallsRetryWaitsAndNeitherTheGateNorThePaceMove() {
		ChameleonResilience policy = builder().pace((p) -> p.requestsPerMinute(100)).build();
		List<Instant> limitedSends = new CopyOnWriteArrayList<>();
		Deque<RuntimeException> limitedScript = script(
				Failures.status(429, "X-Ratelimit-Wait", "12", "X-Ratelimit-Limit", "2", "X-Retry-After", "5"));
		Mono<String> limited = Mono.defer(() -> {
			limitedSends.add(this.clock.instant());
			RuntimeException next = limitedScript.poll();
			return (next != null) ? Mono.error(next) : Mono.just("ok");
		});
		List<String> results = new CopyOnWriteArrayList<>();
		policy.apply(GET, limited).subscribe(results::add);
		assertThat(policy.recentRateLimitEvents()).singleElement()
			.satisfies((event) -> assertThat(event.strategy()).isEqualTo(RateLimitStrategy.CONCURRENCY));
		assertThat(policy.cooldownUntil()).isEmpty();
		assertThat(policy.currentPacePerMinute()).isEqualTo(100);
		policy.apply(GET, scripted(script())).subscribe(results::add);
		assertThat(this.sends).containsExactly(Instant.EPOCH);
		this.vts.advanceTimeBy(Duration.ofMillis(11_999));
		assertThat(limitedSends).hasSize(1);
		this.vts.advanceTimeBy(Duration.ofMillis(1));
		// the largest wait, and no more: the retry is this call's own, not a shared cool-down
		assertThat(limitedSends).extracting(this::sinceStart).containsExactly(Duration.ZERO, Duration.ofSeconds(12));
		assertThat(results).containsExactly("ok", "ok");
	}

	@Test
	void whenGateIsClosedThenEveryNewCallerWaitsAndJitterIsOnlyAdded() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).cooldown((c) -> c.maxJitter(Duration.ofSeconds(2))).random(() -> 0.5).build();
		Deque<RuntimeException> script = script(Failures.status(429, "X-Retry-After", "19"));
		List<String> results = new CopyOnWriteArrayList<>();
		policy.apply(GET, scripted(script)).subscribe(results::add);
		for (int i = 0; i < 5; i++) {
			this.vts.advanceTimeBy(Duration.ofSeconds(1));
			policy.apply(GET, scripted(script)).subscribe(results::add);
		}
		this.vts.advanceTimeBy(Duration.ofSeconds(13));
		assertThat(this.sends).hasSize(1);
		this.vts.advanceTimeBy(Duration.ofSeconds(2));
		assertThat(results).hasSize(6);
		assertThat(this.sends.subList(1, this.sends.size()))
			.allSatisfy((sent) -> assertThat(sent).isAfterOrEqualTo(Instant.EPOCH.plusSeconds(20)));
	}

	@Test
	void whenA429ArrivesWhileWaitingThenWaitersRecheckTheExtendedGate() {
		CooldownGate gate = new CooldownGate(this.clock, this.vts, Duration.ZERO, () -> 0.0);
		gate.close(Duration.ofSeconds(5), null);
		List<Duration> waited = new CopyOnWriteArrayList<>();
		gate.await(GET, null).subscribe(waited::add);
		this.vts.advanceTimeBy(Duration.ofSeconds(3));
		gate.close(Duration.ofSeconds(10), null);
		// a shorter hint never shortens the cool-down in force
		gate.close(Duration.ofSeconds(1), null);
		this.vts.advanceTimeBy(Duration.ofMillis(9_999));
		assertThat(waited).isEmpty();
		this.vts.advanceTimeBy(Duration.ofMillis(1));
		assertThat(waited).containsExactly(Duration.ofSeconds(13));
		assertThat(gate.closedUntil()).isEmpty();
	}

	@Test
	void whenDeadlineIsShorterThanTheCooldownThenTheCallFailsAtOnceWithTheRetryTime() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		policy.apply(GET, scripted(script(Failures.status(429, "X-Ratelimit-Wait", "30")))).subscribe();
		Mono<String> hurried = policy.apply(GET.withDeadline(Duration.ofSeconds(5)), scripted(script()));
		StepVerifier.withVirtualTime(() -> hurried, () -> this.vts, Long.MAX_VALUE)
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(ChameleonRateLimitException.class);
				assertThat(((ChameleonRateLimitException) error).retryAt()).isEqualTo(Instant.EPOCH.plusSeconds(30));
				assertThat(((ChameleonRateLimitException) error).retryAfter()).isEqualTo(Duration.ofSeconds(30));
			})
			.verify(Duration.ofSeconds(5));
		assertThat(this.sends).hasSize(1);
	}

	@Test
	void whenServerFailsTwiceThenIdempotentCallSucceedsOnTheThirdAttemptAfterBackoff() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).random(() -> 1.0).build();
		Mono<String> call = policy.apply(GET, scripted(script(Failures.status(503), Failures.status(503))));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(3))
			.expectNext("ok")
			.verifyComplete();
		// backoff 1s then 2s (exponential, multiplier 2)
		assertThat(this.sends).extracting(this::sinceStart)
			.containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(3));
	}

	@Test
	void whenServerHintIsLongerThanMaxBackoffThenTheHintWins() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).retry((r) -> r.maxBackoff(Duration.ofSeconds(2))).random(() -> 1.0).build();
		Mono<String> call = policy.apply(GET, scripted(script(Failures.status(503, "Retry-After", "20"))));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(20))
			.expectNext("ok")
			.verifyComplete();
		assertThat(this.sends).extracting(this::sinceStart).containsExactly(Duration.ZERO, Duration.ofSeconds(20));
	}

	@Test
	void whenPlainPostFailsWith500ThenItIsNotRetried() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		StepVerifier.create(policy.apply(POST, scripted(script(Failures.status(500)))))
			.expectError(ChameleonServerException.class)
			.verify(Duration.ofSeconds(1));
		assertThat(this.sends).hasSize(1);
	}

	@Test
	void whenRequestWasNeverSentThenEvenAPlainPostIsRetried() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		Mono<String> call = policy.apply(POST, scripted(script(Failures.transport(false))));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(1))
			.expectNext("ok")
			.verifyComplete();
		assertThat(this.sends).hasSize(2);
	}

	@Test
	void whenATransportFailureMayHaveReachedTheServerThenAPlainPostIsNotRetried() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		StepVerifier.create(policy.apply(POST, scripted(script(Failures.transport(true)))))
			.expectError(ChameleonTransportException.class)
			.verify(Duration.ofSeconds(1));
		assertThat(this.sends).hasSize(1);
	}

	@Test
	void whenAnIdempotentCallGetsAnUndecodableBodyThenItIsRetriedLikeA5xx() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).random(() -> 1.0).build();
		Mono<String> call = policy.apply(GET, scripted(script(Failures.decoding(), Failures.decoding())));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(3))
			.expectNext("ok")
			.verifyComplete();
		assertThat(this.sends).extracting(this::sinceStart)
			.containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(3));
	}

	@Test
	void whenAPlainPostGetsAnUndecodableBodyThenItIsNotRetried() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		StepVerifier.create(policy.apply(POST, scripted(script(Failures.decoding()))))
			.expectError(ChameleonDecodingException.class)
			.verify(Duration.ofSeconds(1));
		assertThat(this.sends).hasSize(1);
	}

	@Test
	void whenABodyIsOverTheSizeLimitThenItIsNeverRetried() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		StepVerifier.create(policy.apply(GET, scripted(script(Failures.tooLarge()))))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(ChameleonResponseTooLargeException.class);
				assertThat(((ChameleonException) error).attempts()).isEqualTo(1);
			})
			.verify(Duration.ofSeconds(1));
		assertThat(this.sends).hasSize(1);
	}

	@Test
	void whenBodiesFailToDecodeOrAreTooLargeThenTheBreakerRecordsNoFailure() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).circuitBreaker((c) -> c.minimumCalls(2)).circuitBreaker((c) -> c.failureRateThreshold(50)).build();
		List<Throwable> errors = new CopyOnWriteArrayList<>();
		for (int i = 0; i < 10; i++) {
			policy.apply(GET, scripted(script(Failures.tooLarge()))).subscribe(null, errors::add);
			// a decoding failure retried until attempts run out: every attempt ignored by the breaker
			policy.apply(GET, scripted(script(Failures.decoding(), Failures.decoding(), Failures.decoding(),
					Failures.decoding()))).subscribe(null, errors::add);
			this.vts.advanceTimeBy(Duration.ofSeconds(30));
		}
		assertThat(errors).hasSize(20)
			.allMatch((e) -> e instanceof ChameleonDecodingException || e instanceof ChameleonResponseTooLargeException);
		assertThat(this.sends).hasSize(50);
		assertThat(policy.circuitBreakerState()).isEqualTo("CLOSED");
		assertThat(policy.circuitBreaker().orElseThrow().getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(policy.circuitBreaker().orElseThrow().getMetrics().getNumberOfBufferedCalls()).isZero();
	}

	@Test
	void whenClientErrorsArriveThenTheyAreNeverRetried() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		for (int status : new int[] { 403, 404, 409, 422, 400 }) {
			this.sends.clear();
			StepVerifier.create(policy.apply(GET, scripted(script(Failures.status(status)))))
				.expectError(ChameleonException.class)
				.verify(Duration.ofSeconds(1));
			assertThat(this.sends).as("status %d", status).hasSize(1);
		}
		assertThat(policy.credentialsRejected()).isTrue();
		StepVerifier.create(policy.apply(GET, scripted(script()))).expectNext("ok").verifyComplete();
		assertThat(policy.credentialsRejected()).isFalse();
	}

	@Test
	void whenAttemptsRunOutThenTheFinalExceptionRecordsThem() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).retry((r) -> r.maxAttempts(3)).build();
		Mono<String> call = policy.apply(GET,
				scripted(script(Failures.status(500), Failures.status(503), Failures.status(504), Failures.status(500))));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(10))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(ChameleonServerException.class);
				assertThat(((ChameleonException) error).attempts()).isEqualTo(3);
				assertThat(error.getMessage()).contains("after 3 attempts");
			})
			.verify();
		assertThat(this.sends).hasSize(3);
	}

	@Test
	void whenTheCallGivesUpThenItSignalsACopyCarryingTheAttemptsAndLeavesTheAttemptsFailureAsItWas() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).retry((r) -> r.maxAttempts(2)).build();
		RuntimeException first = Failures.status(503);
		RuntimeException last = Failures.status(503);
		Mono<String> call = policy.apply(GET, scripted(script(first, last)));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(10))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isNotSameAs(last).hasSameClassAs(last).hasMessage(last.getMessage() + " (after 2 attempts)");
				assertThat(error.getStackTrace()).isEqualTo(last.getStackTrace());
				assertThat(((ChameleonException) error).attempts()).isEqualTo(2);
			})
			.verify();
		assertThat(((ChameleonException) first).attempts()).isEqualTo(1);
		assertThat(((ChameleonException) last).attempts()).isEqualTo(1);
	}

	@Test
	void whenA429IsAppliedThenTheCallerSeesACopyCarryingTheRetryTime() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).retry((r) -> r.enabled(false)).build();
		ChameleonRateLimitException limited = (ChameleonRateLimitException) Failures.status(429, "X-Ratelimit-Wait", "12");
		StepVerifier.create(policy.apply(GET, scripted(script(limited))))
			.expectErrorSatisfies((error) -> assertThat(((ChameleonRateLimitException) error).retryAt())
				.isEqualTo(Instant.EPOCH.plusSeconds(12)))
			.verify(Duration.ofSeconds(1));
		assertThat(limited.retryAt()).isNull();
	}

	@Test
	void whenTheBuilderChangesAfterBuildThenThePolicyKeepsTheSettingsItWasBuiltWith() {
		List<WaitReason> waits = new CopyOnWriteArrayList<>();
		ChameleonResilienceBuilder builder = builder().pace((p) -> p.requestsPerMinute(60)).pace((p) -> p.burst(1)).deadline(Duration.ofSeconds(5));
		ChameleonResilience policy = builder.build();
		builder.listener(new ResilienceListener() {
			@Override
			public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
				waits.add(reason);
			}
		}).deadline(Duration.ofSeconds(60)).pace((p) -> p.enabled(false));
		policy.apply(GET, scripted(script())).subscribe();
		policy.apply(GET, scripted(script())).subscribe();
		this.vts.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.sends).extracting(this::sinceStart).containsExactly(Duration.ZERO, Duration.ofSeconds(1));
		assertThat(waits).isEmpty();
		assertThat(policy.deadline(GET)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void whenTheDeadlinePassesDuringBackoffThenTheCallFailsWithTheLastFailureAndItsAttempts() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).random(() -> 1.0).deadline(Duration.ofMillis(2500)).build();
		Mono<String> call = policy.apply(GET, scripted(script(Failures.status(503), Failures.status(503),
				Failures.status(503), Failures.status(503))));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(1))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(ChameleonServerException.class);
				assertThat(((ChameleonException) error).attempts()).isEqualTo(2);
			})
			.verify();
	}

	@Test
	void whenTheAttemptHangsPastTheDeadlineThenItFailsWithDeadlineExceeded() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).deadline(Duration.ofSeconds(10)).build();
		Mono<String> call = policy.apply(GET, Mono.<String>never().doOnSubscribe((s) -> this.sends.add(this.clock.instant())));
		StepVerifier.withVirtualTime(() -> call, () -> this.vts, Long.MAX_VALUE)
			.thenAwait(Duration.ofSeconds(10))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(ChameleonDeadlineExceededException.class);
				assertThat(((ChameleonException) error).attempts()).isEqualTo(1);
			})
			.verify();
		assertThat(policy.inFlight()).isZero();
	}

	@Test
	void whenServerKeepsFailingThenTheBreakerOpensIgnoresClientErrorsAndRecoversThroughHalfOpen() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).retry((r) -> r.enabled(false)).circuitBreaker((c) -> c.minimumCalls(4))
			.circuitBreaker((c) -> c.window(Duration.ofSeconds(4))).circuitBreaker((c) -> c.failureRateThreshold(50)).circuitBreaker((c) -> c.openDuration(Duration.ofSeconds(30)))
			.circuitBreaker((c) -> c.maxOpenDuration(Duration.ofSeconds(30))).circuitBreaker((c) -> c.halfOpenCalls(1)).build();
		for (int i = 0; i < 6; i++) {
			// 4xx and 429 are ignored: they never open the circuit
			policy.apply(GET, scripted(script(Failures.status(404)))).onErrorResume((e) -> Mono.empty()).block();
		}
		assertThat(policy.circuitBreakerState()).isEqualTo("CLOSED");
		for (int i = 0; i < 4; i++) {
			policy.apply(GET, scripted(script(Failures.status(500)))).onErrorResume((e) -> Mono.empty()).block();
		}
		assertThat(policy.circuitBreakerState()).isEqualTo("OPEN");
		assertThat(policy.circuitOpenUntil()).contains(Instant.EPOCH.plusSeconds(30));
		int sent = this.sends.size();
		StepVerifier.create(policy.apply(GET, scripted(script())))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(ChameleonCircuitOpenException.class);
				assertThat(((ChameleonCircuitOpenException) error).openUntil()).isEqualTo(Instant.EPOCH.plusSeconds(30));
			})
			.verify(Duration.ofSeconds(1));
		assertThat(this.sends).hasSize(sent);
		this.vts.advanceTimeBy(Duration.ofSeconds(31));
		StepVerifier.create(policy.apply(GET, scripted(script()))).expectNext("ok").verifyComplete();
		assertThat(policy.circuitBreakerState()).isEqualTo("CLOSED");
	}

	@Test
	void whenGlobalLimitIsHitThenAFixedPaceHalvesAndRecoversGradually() {
		ChameleonResilience policy = builder().pace((p) -> p.mode(PaceMode.FIXED).requestsPerMinute(100)).pace((p) -> p.floor(30)).pace((p) -> p.recoveryStep(10))
			.pace((p) -> p.recoveryInterval(Duration.ofSeconds(30))).build();
		assertThat(policy.currentPacePerMinute()).isEqualTo(100);
		policy.apply(GET, scripted(script(Failures.status(429, "X-Retry-After", "1")))).subscribe();
		assertThat(policy.currentPacePerMinute()).isEqualTo(50);
		this.vts.advanceTimeBy(Duration.ofSeconds(30));
		assertThat(policy.currentPacePerMinute()).isEqualTo(60);
		this.vts.advanceTimeBy(Duration.ofMinutes(10));
		assertThat(policy.currentPacePerMinute()).isEqualTo(100);
	}

	@Test
	void whenBurstIsSpentThenRequestsAreSpacedByThePace() {
		ChameleonResilience policy = builder().pace((p) -> p.requestsPerMinute(60)).pace((p) -> p.burst(2)).build();
		List<Duration> waits = new CopyOnWriteArrayList<>();
		ChameleonResilience listened = builder().pace((p) -> p.requestsPerMinute(60)).pace((p) -> p.burst(2))
			.listener(new ResilienceListener() {
				@Override
				public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
					if (reason == WaitReason.PACE) {
						waits.add(waited);
					}
				}
			})
			.build();
		for (int i = 0; i < 4; i++) {
			listened.apply(GET, scripted(script())).subscribe();
		}
		this.vts.advanceTimeBy(Duration.ofSeconds(5));
		assertThat(this.sends).extracting(this::sinceStart)
			.containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2));
		assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
		assertThat(policy.currentPacePerMinute()).isEqualTo(60);
	}

	@Test
	void whenCallersOutnumberTheAllowanceThenNoTrailingWindowSeesMoreThanIt() {
		ChameleonResilience policy = builder().pace((p) -> p.requestsPerMinute(100)).pace((p) -> p.burst(10)).deadline(null).build();
		for (int i = 0; i < 300; i++) {
			policy.apply(GET, scripted(script())).subscribe();
		}
		this.vts.advanceTimeBy(Duration.ofMinutes(5));
		List<Instant> sent = new ArrayList<>(this.sends);
		sent.sort(null);
		assertThat(sent).hasSize(300);
		for (int i = 0; i + 100 < sent.size(); i++) {
			// 60s plus the 1% margin for arrival jitter, so a sliding one-minute window never sees 101
			assertThat(Duration.between(sent.get(i), sent.get(i + 100))).isGreaterThanOrEqualTo(Duration.ofMillis(60_600));
		}
		assertThat(sent.get(100)).isEqualTo(Instant.EPOCH.plusMillis(60_600));
	}

	@Test
	void whenEveryPartIsOffThenTheCallIsSentOnceAsIs() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).cooldown((c) -> c.enabled(false)).concurrency((c) -> c.enabled(false))
			.retry((r) -> r.enabled(false)).circuitBreaker((c) -> c.enabled(false)).deadline(null).build();
		StepVerifier.create(policy.apply(GET, scripted(script(Failures.status(503)))))
			.expectError(ChameleonServerException.class)
			.verify(Duration.ofSeconds(1));
		assertThat(this.sends).hasSize(1);
		assertThat(policy.circuitBreakerState()).isEqualTo("DISABLED");
		assertThat(policy.currentPacePerMinute()).isZero();
	}

	@Test
	void invalidSettingsFailNamingTheSetting() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonResilience.builder().retry((r) -> r.maxAttempts(0)).build())
			.withMessageContaining("maxAttempts");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonResilience.builder().pace((p) -> p.requestsPerMinute(-1)).build())
			.withMessageContaining("requestsPerMinute");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonResilience.builder().pace((p) -> p.window(Duration.ZERO)).build())
			.withMessageContaining("pace.window");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonResilience.builder().pace((p) -> p.window(Duration.ofSeconds(-10))).build())
			.withMessageContaining("pace.window");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonResilience.builder().circuitBreaker((c) -> c.window(Duration.ofMillis(1500))).build())
			.withMessageContaining("circuitBreaker.window");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonResilience.builder().circuitBreaker((c) -> c.window(Duration.ZERO)).build())
			.withMessageContaining("circuitBreaker.window");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonResilience.builder().circuitBreaker((c) -> c.openDuration(Duration.ZERO)).build())
			.withMessageContaining("openDuration");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonResilience.builder().circuitBreaker((c) -> c.openDuration(Duration.ofSeconds(5)))
				.circuitBreaker((c) -> c.maxOpenDuration(Duration.ofSeconds(4))).build())
			.withMessageContaining("maxOpenDuration");
	}

}
