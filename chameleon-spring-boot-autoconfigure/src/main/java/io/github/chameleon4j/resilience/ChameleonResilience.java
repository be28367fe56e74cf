package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.retry.Retry;
import org.springframework.lang.Nullable;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.error.ChameleonAuthenticationException;
import io.github.chameleon4j.error.ChameleonCircuitOpenException;
import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.RateLimitStrategy;

/**
 * The client's resilience policy. One logical call passes, outermost first, through: the
 * deadline, the retry (Resilience4j {@link Retry}), the circuit breaker (Resilience4j
 * {@link CircuitBreaker}, server-side failures only), the shared {@link CooldownGate} and the
 * global pace, then the concurrency permits (the overall cap and the call's {@link Lane}), and
 * finally the attempt. Every wait is a {@code Mono.delay} on the injected scheduler: no thread is
 * ever blocked.
 * <pre>{@code
 * ChameleonResilience resilience = ChameleonResilience.builder()
 *     .requestsPerMinute(100)
 *     .deadline(Duration.ofSeconds(30))
 *     .build();
 * ChameleonOperations chameleon = ChameleonOperations.builder()
 *     .accountSecret(secret).callPolicy(resilience).build();
 * }</pre>
 */
public final class ChameleonResilience implements CallPolicy, ResilienceState {

	private static final int RECENT_EVENTS = 20;

	private final ChameleonResilienceBuilder settings;

	@Nullable
	private final CooldownGate gate;

	@Nullable
	private final GlobalPace pace;

	@Nullable
	private final ConcurrencyPermits permits;

	@Nullable
	private final Retry retry;

	private final RetryRules rules;

	@Nullable
	private final CircuitBreaker circuitBreaker;

	private final AtomicReference<Instant> circuitOpenUntil = new AtomicReference<>();

	/** The send instant (epoch millis) of the latest-sent attempt that succeeded. */
	private final AtomicLong lastSuccessfulSend = new AtomicLong(Long.MIN_VALUE);

	/** The number of the current open state since the circuit was last closed (see {@link #openUntil}). */
	private final AtomicInteger openAttempts = new AtomicInteger();

	private final AtomicBoolean credentialsRejected = new AtomicBoolean();

	private final Deque<RateLimitEvent> recentEvents = new ConcurrentLinkedDeque<>();

	ChameleonResilience(ChameleonResilienceBuilder settings) {
		this.settings = settings;
		Clock clock = settings.clock;
		this.gate = settings.cooldownEnabled
				? new CooldownGate(clock, settings.scheduler, settings.maxJitter, settings.random) : null;
		this.pace = settings.paceEnabled ? new GlobalPace(clock, settings.requestsPerMinute, settings.paceFloor,
				settings.recoveryStep, settings.recoveryInterval, settings.burst, settings.slowdownFactor,
				settings.paceWindow) : null;
		this.permits = settings.concurrencyEnabled
				? new ConcurrencyPermits(clock, settings.maxInFlight, settings.recoveryInterval) : null;
		this.rules = new RetryRules(settings.initialBackoff, settings.multiplier, settings.maxBackoff,
				settings.cooldownEnabled, settings.random);
		this.retry = settings.retryEnabled ? settings.createRetry(this.rules) : null;
		this.circuitBreaker = settings.circuitBreakerEnabled ? settings.createCircuitBreaker() : null;
		if (this.circuitBreaker != null) {
			CircuitBreaker breaker = this.circuitBreaker;
			breaker.getEventPublisher().onStateTransition((event) -> this.circuitOpenUntil.set(
					openUntil(breaker, event.getStateTransition(), clock)));
		}
	}

	/**
	 * When an open circuit lets probes through, counting open states as Resilience4j does: the
	 * first after closed is attempt 1, each reopening after failed probes the next.
	 */
	@Nullable
	private Instant openUntil(CircuitBreaker breaker, CircuitBreaker.StateTransition transition, Clock clock) {
		if (transition.getToState() != CircuitBreaker.State.OPEN) {
			return null;
		}
		int attempt = (transition.getFromState() == CircuitBreaker.State.HALF_OPEN)
				? this.openAttempts.incrementAndGet() : this.openAttempts.updateAndGet((previous) -> 1);
		long millis = breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(attempt);
		return clock.instant().plusMillis(millis);
	}

	/**
	 * Starts a builder with the documented defaults.
	 * @return a new builder
	 */
	public static ChameleonResilienceBuilder builder() {
		return new ChameleonResilienceBuilder();
	}

	/**
	 * The Resilience4j retry in use.
	 * @return the retry, or empty when retrying is off
	 */
	public Optional<Retry> retry() {
		return Optional.ofNullable(this.retry);
	}

	/**
	 * The Resilience4j circuit breaker in use.
	 * @return the breaker, or empty when it is off
	 */
	public Optional<CircuitBreaker> circuitBreaker() {
		return Optional.ofNullable(this.circuitBreaker);
	}

	@Override
	@Nullable
	public Duration deadline(CallDescriptor call) {
		Duration budget = (call.deadline() != null) ? call.deadline() : this.settings.deadline;
		return (budget != null && !budget.isZero() && !budget.isNegative()) ? budget : null;
	}

	@Override
	public <T> Mono<T> apply(CallDescriptor call, Mono<T> attempt) {
		return Mono.defer(() -> {
			Duration budget = (call.deadline() != null) ? call.deadline() : this.settings.deadline;
			boolean bounded = budget != null && !budget.isZero() && !budget.isNegative();
			Instant deadlineAt = bounded ? this.settings.clock.instant().plus(budget) : null;
			AtomicInteger attempts = new AtomicInteger();
			Mono<T> one = prepared(call, attempt, deadlineAt, attempts);
			if (this.circuitBreaker != null) {
				one = guarded(call, one);
			}
			Mono<T> logical = (this.retry != null) ? retried(call, one, deadlineAt, attempts)
					: one.onErrorMap((ex) -> giveUp(ex, attempts));
			if (!bounded) {
				return logical;
			}
			return logical.timeout(budget, Mono.defer(() -> {
				ChameleonDeadlineExceededException expired = new ChameleonDeadlineExceededException(call.method(),
						call.uriTemplate(), budget, null);
				return Mono.error(giveUp(expired, attempts));
			}), this.settings.schedulerInjected ? this.settings.scheduler : DeadlineTimer.SHARED);
		});
	}

	/** One attempt: wait at the gate and for the pace, take a permit, re-check the gate, send. */
	private <T> Mono<T> prepared(CallDescriptor call, Mono<T> attempt, @Nullable Instant deadlineAt,
			AtomicInteger attempts) {
		if (this.pace == null) {
			return gateThen(call, deadlineAt, permitted(call, attempt, deadlineAt, attempts, null));
		}
		return Mono.defer(() -> {
			// one ticket per attempt: the pace learns when this attempt really went out
			long[] ticket = { 0 };
			Mono<Void> paced = pace(call, ticket);
			return gateThen(call, deadlineAt, paced.then(permitted(call, attempt, deadlineAt, attempts, ticket)));
		});
	}

	private <T> Mono<T> permitted(CallDescriptor call, Mono<T> attempt, @Nullable Instant deadlineAt,
			AtomicInteger attempts, @Nullable long[] ticket) {
		Mono<T> send = Mono.defer(() -> {
			attempts.incrementAndGet();
			long sentAt = this.settings.clock.millis();
			Mono<T> sent = attempt;
			if (ticket != null) {
				this.pace.sent(ticket[0]);
				// the server counted the request no later than it answered (a cold connection can take a while)
				sent = attempt.doFinally((signal) -> this.pace.sent(ticket[0]));
			}
			sent = sent.doOnSuccess((value) -> {
				this.credentialsRejected.set(false);
				this.lastSuccessfulSend.accumulateAndGet(sentAt, Math::max);
			}).onErrorMap((ex) -> observe(call, ex));
			// a request sent later has already succeeded: the server is answering, this failure is no outage
			return (this.circuitBreaker != null)
					? sent.onErrorMap((ex) -> this.lastSuccessfulSend.get() > sentAt, Overtaken::new) : sent;
		});
		Mono<T> gated = gateThen(call, deadlineAt, send);
		return (this.permits != null) ? withPermit(call, deadlineAt, gated) : gated;
	}

	private <T> Mono<T> gateThen(CallDescriptor call, @Nullable Instant deadlineAt, Mono<T> next) {
		if (this.gate == null) {
			return next;
		}
		return this.gate.await(call, deadlineAt).flatMap((waited) -> {
			if (!waited.isZero()) {
				this.settings.listeners.forEach((listener) -> listener.onWait(call, WaitReason.COOLDOWN, waited));
			}
			return Mono.just(waited);
		}).then(next);
	}

	private Mono<Void> pace(CallDescriptor call, long[] ticket) {
		return Mono.defer(() -> {
			GlobalPace.Reservation reservation = this.pace.reserve();
			ticket[0] = reservation.ticket();
			Duration wait = reservation.delay();
			if (wait.isZero()) {
				return Mono.empty();
			}
			return Mono.delay(wait, this.settings.scheduler)
				.doOnNext((tick) -> this.settings.listeners.forEach((listener) -> listener.onWait(call, WaitReason.PACE, wait)))
				.then();
		});
	}

	private <T> Mono<T> withPermit(CallDescriptor call, @Nullable Instant deadlineAt, Mono<T> gated) {
		ConcurrencyPermits concurrency = this.permits;
		return Mono.defer(() -> {
			Instant start = this.settings.clock.instant();
			return Mono.usingWhen(concurrency.acquire(call.lane()).doOnNext((permit) -> {
				Duration waited = Duration.between(start, this.settings.clock.instant());
				if (!waited.isZero()) {
					this.settings.listeners.forEach((listener) -> listener.onWait(call, WaitReason.PERMIT, waited));
				}
			}), (permit) -> gated, (permit) -> Mono.fromRunnable(permit::release),
					(permit, error) -> Mono.fromRunnable(permit::release), (permit) -> Mono.fromRunnable(permit::release));
		});
	}

	private <T> Mono<T> guarded(CallDescriptor call, Mono<T> one) {
		// the breaker ignores an Overtaken failure (it is no ChameleonException); everything after it sees the cause
		return one.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker))
			.onErrorMap(Overtaken.class, Throwable::getCause)
			.onErrorMap(CallNotPermittedException.class,
					(ex) -> new ChameleonCircuitOpenException(call.method(), call.uriTemplate(),
							this.circuitOpenUntil.get(), ex));
	}

	private <T> Mono<T> retried(CallDescriptor call, Mono<T> one, @Nullable Instant deadlineAt, AtomicInteger attempts) {
		Retry.AsyncContext<T> context = this.retry.asyncContext();
		return one.doOnSuccess((value) -> context.onComplete())
			.retryWhen(reactor.util.retry.Retry.from((signals) -> signals.concatMap((signal) -> {
				Throwable failure = signal.failure();
				// idempotency is per call, so it is checked here; the error class by the Retry's own predicate
				long delayMillis = this.rules.retryableFor(call, failure) ? context.onError(failure) : -1;
				if (delayMillis < 0) {
					return Mono.error(giveUp(failure, attempts));
				}
				Duration delay = Duration.ofMillis(delayMillis);
				if (deadlineAt != null && this.settings.clock.instant().plus(delay).isAfter(deadlineAt)) {
					return Mono.error(giveUp(failure, attempts));
				}
				this.settings.listeners.forEach((listener) -> listener.onRetry(call, attempts.get(), failure, delay));
				if (delay.isZero()) {
					return Mono.just(0L);
				}
				return Mono.delay(delay, this.settings.scheduler).doOnNext((tick) -> this.settings.listeners
					.forEach((listener) -> listener.onWait(call, WaitReason.BACKOFF, delay)));
			})));
	}

	private Throwable giveUp(Throwable failure, AtomicInteger attempts) {
		int made = attempts.get();
		return (made > 1 && failure instanceof ChameleonException exception) ? exception.withAttempts(made) : failure;
	}

	/** Applies what a failed attempt says to the shared state: 429 hints, lowered limits, rejected credentials. */
	private Throwable observe(CallDescriptor call, Throwable failure) {
		if (failure instanceof ChameleonAuthenticationException) {
			this.credentialsRejected.set(true);
		}
		if (!(failure instanceof ChameleonRateLimitException limited)) {
			return failure;
		}
		Clock clock = this.settings.clock;
		Instant retryAt = clock.instant();
		boolean concurrency = limited.strategy() == RateLimitStrategy.CONCURRENCY;
		// a concurrency 429's wait only delays that call's own retry: other callers hold no slot it asked to free
		if (this.gate != null && !concurrency && !limited.retryAfter().isZero()) {
			retryAt = this.gate.close(limited.retryAfter(), limited);
		}
		else {
			retryAt = retryAt.plus(limited.retryAfter());
		}
		if (this.pace != null && limited.strategy() == RateLimitStrategy.GLOBAL) {
			this.pace.slowDown();
		}
		if (this.permits != null && concurrency) {
			// the lane the call ran in, or the overall cap for a call outside every lane
			this.permits.lower(call.lane(), limited.waitHint().limit());
		}
		this.recentEvents.addFirst(new RateLimitEvent(clock.instant(), limited.strategy(), limited.retryAfter(),
				limited.waitHint().limit(), call.method().name(), call.uriTemplate()));
		while (this.recentEvents.size() > RECENT_EVENTS) {
			this.recentEvents.pollLast();
		}
		this.settings.listeners.forEach((listener) -> listener.onWaitHint(call, limited.waitHint()));
		return limited.withRetryAt(retryAt);
	}

	@Override
	public double currentPacePerMinute() {
		return (this.pace != null) ? this.pace.currentPerMinute() : 0;
	}

	@Override
	public Optional<Instant> cooldownUntil() {
		return (this.gate != null) ? this.gate.closedUntil() : Optional.empty();
	}

	@Override
	public int concurrencyCap() {
		return (this.permits != null) ? this.permits.cap() : Integer.MAX_VALUE;
	}

	@Override
	public Map<String, Integer> loweredLaneCaps() {
		return (this.permits != null) ? this.permits.loweredLaneCaps() : Map.of();
	}

	@Override
	public int inFlight() {
		return (this.permits != null) ? this.permits.inFlight() : 0;
	}

	@Override
	public int waitingForPermit() {
		return (this.permits != null) ? this.permits.waiting() : 0;
	}

	@Override
	public String circuitBreakerState() {
		return (this.circuitBreaker != null) ? this.circuitBreaker.getState().name() : "DISABLED";
	}

	@Override
	public Optional<Instant> circuitOpenUntil() {
		if (this.circuitBreaker == null || this.circuitBreaker.getState() != CircuitBreaker.State.OPEN) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.circuitOpenUntil.get());
	}

	@Override
	public boolean credentialsRejected() {
		return this.credentialsRejected.get();
	}

	@Override
	public List<RateLimitEvent> recentRateLimitEvents() {
		return List.copyOf(new ArrayList<>(this.recentEvents));
	}

	/**
	 * Carries an attempt's failure past the circuit breaker, which ignores it, when a request sent
	 * after that attempt has already succeeded: a late timeout from a server that answers newer
	 * requests is a slow tail, not an outage. Unwrapped right after the breaker.
	 */
	private static final class Overtaken extends RuntimeException {

		Overtaken(Throwable cause) {
			super(cause.getMessage(), cause, false, false);
		}

	}

}
