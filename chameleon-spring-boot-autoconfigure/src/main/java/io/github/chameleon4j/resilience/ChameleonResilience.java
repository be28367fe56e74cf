package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The client's resilience policy: small Reactor operators composed around each call, outermost
 * first: the {@linkplain DeadlineOperator deadline}, the {@linkplain RetryOperator retry}
 * (Resilience4j {@link Retry}), the {@linkplain BreakerOperator circuit breaker} (Resilience4j
 * {@link CircuitBreaker}, server-side failures only), the shared {@linkplain GateOperator cool-down
 * gate} and the {@linkplain PaceOperator global pace}, the {@linkplain PermitOperator concurrency
 * permits} (the overall cap and the call's {@link Lane}), and the {@linkplain AttemptOperator
 * attempt} itself. With no pace and no shared coordination, an attempt that need not wait (gate open, a permit
 * free) is guarded by one {@linkplain FusedAttempt operator} that does what the gate, permit, breaker and attempt
 * operators do, in the same order: the length of the chain, not the operators' work, is what a fast call paid.
 * For the same reason the deadline and the retry loop run as one operator around the attempts
 * ({@link RetryingCall}).
 * Every wait is a {@code Mono.delay} on the injected scheduler: no thread is ever
 * blocked. The settings are fixed when the policy is built.
 * <pre>{@code
 * ChameleonResilience resilience = ChameleonResilience.builder()
 *     .pace((p) -> p.requestsPerMinute(100))
 *     .deadline(Duration.ofSeconds(30))
 *     .build();
 * ChameleonOperations chameleon = ChameleonOperations.builder()
 *     .accountSecret(secret).callPolicy(resilience).build();
 * }</pre>
 */
public final class ChameleonResilience implements CallPolicy, ResilienceState {

	private final Clock clock;

	private final Scheduler scheduler;

	private final Scheduler deadlineTimer;

	@Nullable
	private final Duration deadline;

	private final ResilienceListener listener;

	@Nullable
	private final CooldownGate gate;

	@Nullable
	private final GlobalPace pace;

	@Nullable
	private final PaceRateLimiter limiter;

	@Nullable
	private final ConcurrencyPermits permits;

	@Nullable
	private final Retry retry;

	@Nullable
	private final Circuit circuit;

	private final ServerSignals signals;

	@Nullable
	private final SharedCoordinator shared;

	ChameleonResilience(ChameleonResilienceBuilder settings) {
		this.clock = settings.clock;
		this.scheduler = settings.scheduler;
		this.deadlineTimer = settings.schedulerInjected ? settings.scheduler : DeadlineTimer.SHARED;
		this.deadline = settings.deadline;
		this.listener = new Listeners(settings.listeners);
		this.gate = settings.cooldownEnabled
				? new CooldownGate(this.clock, this.scheduler, settings.maxJitter, settings.random) : null;
		this.pace = settings.paceEnabled ? new GlobalPace(this.clock, settings.paceMode, settings.requestsPerMinute,
				settings.paceFloor, settings.recoveryStep, settings.recoveryInterval, settings.probeInterval,
				settings.burst, settings.slowdownFactor, settings.paceWindow) : null;
		this.limiter = (this.pace != null) ? PaceRateLimiter.create(settings.name, this.pace, settings.rateLimiterRegistry)
				: null;
		this.permits = settings.concurrencyEnabled
				? new ConcurrencyPermits(this.clock, settings.maxInFlight, settings.recoveryInterval) : null;
		this.retry = settings.retryEnabled ? settings.createRetry(new RetryRules(settings.initialBackoff,
				settings.multiplier, settings.maxBackoff, settings.cooldownEnabled, settings.random)) : null;
		this.circuit = settings.circuitBreakerEnabled ? new Circuit(settings.createCircuitBreaker(), this.clock) : null;
		this.shared = (settings.sharedCoordination != null)
				? new SharedCoordinator(settings.sharedCoordination, settings) : null;
		if (this.limiter != null && this.shared != null) {
			this.limiter.shareWith(this.shared);
		}
		this.signals = new ServerSignals(this.clock, this.gate, this.pace, this.permits, this.listener, this.shared);
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
	 * The global pace as a Resilience4j rate limiter: what a caller's own work decorated with it
	 * (e.g. {@code RateLimiterOperator.of(limiter)}) sends counts against the same account-wide pace
	 * as the client's requests.
	 * @return the limiter, or empty when pacing is off
	 */
	public Optional<RateLimiter> rateLimiter() {
		return Optional.ofNullable(this.limiter);
	}

	/**
	 * The Resilience4j circuit breaker in use.
	 * @return the breaker, or empty when it is off
	 */
	public Optional<CircuitBreaker> circuitBreaker() {
		return (this.circuit != null) ? Optional.of(this.circuit.breaker()) : Optional.empty();
	}

	@Override
	@Nullable
	public Duration deadline(CallDescriptor call) {
		Duration budget = (call.deadline() != null) ? call.deadline() : this.deadline;
		return (budget != null && !budget.isZero() && !budget.isNegative()) ? budget : null;
	}

	@Override
	public <T> Mono<T> apply(CallDescriptor call, Mono<T> attempt) {
		// each subscription is one logical call: its deadline starts, and its operators' state is fresh
		return Mono.defer(() -> {
			Duration budget = deadline(call);
			LogicalCall logical = new LogicalCall(call, (budget != null) ? this.clock.instant().plus(budget) : null);
			RetryOperator<T> retrying = (this.retry != null)
					? new RetryOperator<>(this.retry, logical, this.clock, this.scheduler, this.listener) : null;
			AttemptOperator<T> attempting = new AttemptOperator<>(logical, this.clock, this.pace, this.signals, retrying);
			BreakerOperator<T> breaking = (this.circuit != null) ? new BreakerOperator<>(this.circuit, logical) : null;
			// with no pace and no shared coordination, an attempt that need not wait runs as one operator
			Mono<T> one = (this.limiter == null && this.shared == null)
					? new FusedAttempt<>(attempt, () -> perAttempt(attempt, logical, attempting, breaking), logical,
							attempting, this.gate, this.permits, breaking)
					: perAttempt(attempt, logical, attempting, breaking);
			// the deadline and the retry loop are one operator around the attempts
			if (budget != null) {
				return new DeadlineOperator<>(logical, budget, this.deadlineTimer, retrying).bound(one);
			}
			return (retrying != null) ? new RetryingCall<>(one, retrying, 0, null, null) : one;
		});
	}

	/**
	 * One attempt under the operator chain, assembled from the attempt outwards: the operators below the retry
	 * run again for every attempt.
	 */
	private <T> Mono<T> perAttempt(Mono<T> attempt, LogicalCall logical, AttemptOperator<T> attempting,
			@Nullable BreakerOperator<T> breaking) {
		Mono<T> one = attempt.transformDeferred(attempting);
		GateOperator<T> gated = (this.gate != null) ? new GateOperator<>(this.gate, logical, this.listener) : null;
		if (gated != null) {
			// checked again once the permit is held: a 429 may have closed it meanwhile
			one = one.transformDeferred(gated);
		}
		SharedCoordinator shared = this.shared;
		if (shared != null) {
			// the account-wide lane lease (or a last look at the shared cool-down), inside the local permit
			one = one.transformDeferred(SharedOperators.lease(shared, logical));
		}
		if (this.permits != null) {
			one = one.transformDeferred(new PermitOperator<>(this.permits, logical, this.clock, this.listener));
		}
		if (shared != null && this.pace != null) {
			// one pace for all replicas, in place of the local one (local at the fallback share while the store is away)
			one = one.transformDeferred(SharedOperators.pace(shared, logical, this.listener));
		}
		else if (this.limiter != null) {
			one = one.transformDeferred(new PaceOperator<>(this.limiter, logical, this.scheduler, this.listener));
		}
		if (gated != null) {
			one = one.transformDeferred(gated);
		}
		if (breaking != null) {
			one = one.transform(breaking);
		}
		return one;
	}

	/**
	 * For tests that share one client across test methods (the emulator's test support calls it before
	 * each test): returns the shared state to how it was built. Closes the circuit breaker and forgets
	 * the calls it recorded, ends the cool-down, restores the configured pace (forgetting the requests
	 * already paced, so a full burst may go at once) and every lowered concurrency cap, and clears the
	 * rejected-credentials flag and the recent 429s. Calls in flight keep their permits, and a caller
	 * already waiting keeps the delay it was given. Not for production code: the state it drops is what
	 * keeps the client within the account's limits.
	 */
	public void reset() {
		if (this.circuit != null) {
			this.circuit.reset();
		}
		if (this.gate != null) {
			this.gate.reset();
		}
		if (this.pace != null) {
			this.pace.reset();
		}
		if (this.permits != null) {
			this.permits.reset();
		}
		this.signals.reset();
		if (this.shared != null) {
			this.shared.reset();
		}
	}

	@Override
	public String coordination() {
		SharedCoordinator shared = this.shared;
		if (shared == null) {
			return "local";
		}
		return shared.degraded() ? "degraded" : "shared";
	}

	@Override
	public Map<String, Object> coordinationDetails() {
		SharedCoordinator shared = this.shared;
		if (shared == null) {
			return Map.of();
		}
		return shared.details();
	}

	@Override
	public long coordinationFallbacks() {
		return (this.shared != null) ? this.shared.fallbacks() : 0;
	}

	@Override
	public double currentPacePerMinute() {
		if (this.pace == null) {
			return 0;
		}
		return (this.shared != null) ? this.shared.currentPerMinute() : this.pace.currentPerMinute();
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
		return (this.circuit != null) ? this.circuit.breaker().getState().name() : "DISABLED";
	}

	@Override
	public Optional<Instant> circuitOpenUntil() {
		if (this.circuit == null || this.circuit.breaker().getState() != CircuitBreaker.State.OPEN) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.circuit.openUntil());
	}

	@Override
	public boolean credentialsRejected() {
		return this.signals.credentialsRejected();
	}

	@Override
	public List<RateLimitEvent> recentRateLimitEvents() {
		return this.signals.recentRateLimitEvents();
	}

}
