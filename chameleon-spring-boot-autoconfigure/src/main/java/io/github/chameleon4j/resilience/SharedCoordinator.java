package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.RateLimitStrategy;

/**
 * The policy's side of a {@link SharedCoordination}: bounds every call to the store by the timeout,
 * and while the store is unavailable paces the client locally at its fallback share of the
 * allowance (a {@link GlobalPace} of its own), counting every call that went on without the store.
 * A call whose answer is late goes on locally; after two failures in a row the store is left alone
 * for a short pause, then asked again: sharing resumes with the first answer.
 */
final class SharedCoordinator {

	/** How long the store is left alone after it failed to answer. */
	static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

	/** The longest a caller waits before asking a full lane again. */
	static final Duration LANE_POLL = Duration.ofMillis(25);

	/** A request sent this much later than its slot has its reservation moved to when it was sent. */
	static final long SENT_LATE_MILLIS = 10;

	/** A request answered this much later than its slot has its reservation moved to when it was answered. */
	static final long ANSWERED_LATE_MILLIS = 100;

	/** A check of the shared cool-down this recent (since the pace reservation) is not repeated before sending. */
	static final long ADMIT_SLACK_MILLIS = 5;

	private final SharedCoordination store;

	private final SharedCoordination.PaceSettings settings;

	private final Clock clock;

	private final Scheduler scheduler;

	private final Duration timeout;

	private final Duration leaseTtl;

	private final double fallbackShare;

	private final GlobalPace fallbackPace;

	private final String replica = UUID.randomUUID().toString();

	private final AtomicLong ids = new AtomicLong();

	private final AtomicLong fallbacks = new AtomicLong();

	private final AtomicLong failures = new AtomicLong();

	/** The longest wait for the store's first answer (a cold connection), when the timeout is shorter. */
	static final Duration FIRST_ANSWER = Duration.ofSeconds(2);

	/** Failures in a row after which the store counts as away (and is left alone for {@link #RETRY_PAUSE}). */
	static final int FAILURES_TO_DEGRADE = 2;

	private final AtomicLong consecutiveFailures = new AtomicLong();

	/** Whether the store has answered at least once. */
	private volatile boolean answered;

	/** Epoch millis before which the store is not asked (after a failure). */
	private volatile long pausedUntil = Long.MIN_VALUE;

	private volatile boolean degraded;

	@Nullable
	private volatile String lastFailure;

	SharedCoordinator(SharedCoordination store, ChameleonResilienceBuilder settings) {
		this.store = store;
		this.clock = settings.clock;
		this.scheduler = settings.scheduler;
		this.timeout = settings.sharedTimeout;
		this.leaseTtl = settings.sharedLeaseTtl;
		this.fallbackShare = settings.sharedFallbackShare;
		this.settings = new SharedCoordination.PaceSettings(settings.requestsPerMinute, settings.paceFloor,
				settings.paceWindow, settings.burst, settings.slowdownFactor, settings.paceMode == PaceMode.ADAPTIVE,
				settings.recoveryStep, settings.recoveryInterval, settings.probeInterval);
		double share = settings.sharedFallbackShare;
		this.fallbackPace = new GlobalPace(this.clock, settings.paceMode, settings.requestsPerMinute * share,
				settings.paceFloor * share, settings.recoveryStep * share, settings.recoveryInterval,
				settings.probeInterval, Math.max(1, (int) Math.floor(settings.burst * share)), settings.slowdownFactor,
				settings.paceWindow);
	}

	/**
	 * Waits for the call's slot in the shared pace (past any shared cool-down), or in the local
	 * fallback pace while the store is unavailable.
	 * @return the time waited
	 */
	Mono<Duration> pace(LogicalCall call) {
		return Mono.defer(() -> {
			call.sharedReservation(null, 0);
			if (!available()) {
				return fallbackPace();
			}
			String id = nextId();
			return guard(this.store.reserve(id, this.settings, now())).flatMap((wait) -> {
				long now = this.clock.millis();
				call.sharedClear(now);
				call.sharedReservation(id, now + wait.toMillis());
				return wait.isZero() ? Mono.just(Duration.ZERO) : waitFor(id, wait, Duration.ZERO, call);
			}).onErrorResume(Unavailable.class, (ex) -> fallbackPace());
		});
	}

	private Mono<Duration> waitFor(String id, Duration wait, Duration before, LogicalCall call) {
		Duration waited = before.plus(wait);
		return Mono.delay(wait, this.scheduler)
			.then(Mono.defer(() -> guard(this.store.remaining(id, this.settings, now()))))
			.onErrorResume(Unavailable.class, (ex) -> Mono.just(Duration.ZERO))
			.flatMap((more) -> {
				long now = this.clock.millis();
				call.sharedClear(now);
				call.sharedReservation(id, now + more.toMillis());
				return more.isZero() ? Mono.just(waited) : waitFor(id, more, waited, call);
			});
	}

	private Mono<Duration> fallbackPace() {
		this.fallbacks.incrementAndGet();
		Duration wait = this.fallbackPace.reserve().delay();
		return wait.isZero() ? Mono.just(Duration.ZERO) : Mono.delay(wait, this.scheduler).thenReturn(wait);
	}

	/**
	 * Right before sending: takes a lease in the call's lane account-wide, or, for a call outside
	 * every lane, waits out a shared cool-down that began since its pace reservation.
	 * @return the lease (released when the attempt ends), {@link Lease#NONE} when there is none to release
	 */
	Mono<Lease> admit(LogicalCall call) {
		return Mono.defer(() -> {
			Lane lane = call.descriptor().lane();
			if (lane == null) {
				long clear = call.sharedClearAt();
				if ((clear != Long.MIN_VALUE && this.clock.millis() - clear <= ADMIT_SLACK_MILLIS) || !available()) {
					return Mono.just(Lease.NONE);
				}
				return cooldown().thenReturn(Lease.NONE);
			}
			if (!available()) {
				this.fallbacks.incrementAndGet();
				return Mono.just(Lease.NONE);
			}
			return lease(lane, nextId());
		});
	}

	private Mono<Void> cooldown() {
		return guard(this.store.cooldown(now())).flatMap((wait) -> wait.isZero() ? Mono.<Void>empty()
				: Mono.delay(wait, this.scheduler).then(Mono.defer(this::cooldown)))
			.onErrorResume(Unavailable.class, (ex) -> Mono.empty());
	}

	private Mono<Lease> lease(Lane lane, String id) {
		return guard(this.store.acquire(lane, id, this.leaseTtl, now())).flatMap((wait) -> {
			if (wait.isZero()) {
				return Mono.just(new Lease(this, lane, id));
			}
			Duration pause = (wait.compareTo(LANE_POLL) < 0) ? wait : LANE_POLL;
			return Mono.delay(pause, this.scheduler).then(Mono.defer(() -> lease(lane, id)));
		}).onErrorResume(Unavailable.class, (ex) -> {
			this.fallbacks.incrementAndGet();
			// the lease may have been taken after all (an answer too late): give it back rather than let it expire
			new Lease(this, lane, id).release().subscribe();
			return Mono.just(Lease.NONE);
		});
	}

	/**
	 * The attempt itself: when it goes out, or is answered, well after its slot in the shared pace,
	 * moves its reservation there (fire and forget), so the shared window counts it no earlier than
	 * the server can have.
	 */
	<T> Mono<T> sending(LogicalCall call, Mono<T> attempt) {
		return Mono.defer(() -> {
			late(call, SENT_LATE_MILLIS);
			return attempt.doFinally((signal) -> late(call, ANSWERED_LATE_MILLIS));
		});
	}

	private void late(LogicalCall call, long threshold) {
		String id = call.sharedReservation();
		long now = this.clock.millis();
		if (id != null && now - call.sharedSlot() > threshold && available()) {
			call.sharedReservation(id, now);
			guard(this.store.sent(id, Instant.ofEpochMilli(now))).onErrorResume((ex) -> Mono.empty()).subscribe();
		}
	}

	/** Applies a 429 to the shared state; fire and forget (a store that does not answer only counts a failure). */
	void limited(ChameleonRateLimitException limited, @Nullable Instant until) {
		if (limited.strategy() == RateLimitStrategy.CONCURRENCY || !available()) {
			return;
		}
		boolean global = limited.strategy() == RateLimitStrategy.GLOBAL;
		if (until == null && !global) {
			return;
		}
		guard(this.store.limited(nextId(), until, global, this.settings, now())).onErrorResume((ex) -> Mono.empty())
			.subscribe();
	}

	/** Asks the store again at once (for tests); the fallback pace forgets its reservations. */
	void reset() {
		this.fallbackPace.reset();
		this.consecutiveFailures.set(0);
		this.pausedUntil = Long.MIN_VALUE;
	}

	/** Whether the store is being asked (not in the pause after a failure). */
	private boolean available() {
		return this.clock.millis() >= this.pausedUntil;
	}

	/** Whether the last call to the store failed: pacing is local until it answers again. */
	boolean degraded() {
		return this.degraded;
	}

	long fallbacks() {
		return this.fallbacks.get();
	}

	long failures() {
		return this.failures.get();
	}

	double fallbackShare() {
		return this.fallbackShare;
	}

	@Nullable
	String lastFailure() {
		return this.lastFailure;
	}

	private <R> Mono<R> guard(Mono<R> call) {
		// the timeout runs on a real timer: the store is real I/O, whatever scheduler paces the client; until the
		// store has answered once, a cold connection (connect, scripts loaded) gets at least FIRST_ANSWER
		Duration timeout = this.answered ? this.timeout
				: (this.timeout.compareTo(FIRST_ANSWER) < 0 ? FIRST_ANSWER : this.timeout);
		return call.timeout(timeout, Schedulers.parallel()).doOnSuccess((value) -> {
			this.answered = true;
			if (this.consecutiveFailures.get() != 0) {
				this.consecutiveFailures.set(0);
			}
			if (this.degraded) {
				this.degraded = false;
			}
		}).onErrorMap((ex) -> !(ex instanceof Unavailable), (ex) -> {
			this.failures.incrementAndGet();
			this.lastFailure = (ex instanceof TimeoutException) ? "no answer within " + timeout
					: ex.getClass().getSimpleName();
			// one late answer (a pause of this JVM, a busy machine) costs that call alone; a second in a row means
			// the store is away: every call paces locally until it answers again
			if (this.consecutiveFailures.incrementAndGet() >= FAILURES_TO_DEGRADE) {
				this.degraded = true;
				this.pausedUntil = this.clock.millis() + RETRY_PAUSE.toMillis();
			}
			return new Unavailable(ex);
		});
	}

	private String nextId() {
		return this.replica + ':' + this.ids.incrementAndGet();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** A lease held in an account-wide lane. */
	static final class Lease {

		static final Lease NONE = new Lease(null, null, null);

		@Nullable
		private final SharedCoordinator owner;

		@Nullable
		private final Lane lane;

		@Nullable
		private final String id;

		Lease(@Nullable SharedCoordinator owner, @Nullable Lane lane, @Nullable String id) {
			this.owner = owner;
			this.lane = lane;
			this.id = id;
		}

		/** Releases the lease; a store that does not answer lets it expire instead. */
		Mono<Void> release() {
			SharedCoordinator owner = this.owner;
			if (owner == null || this.lane == null || this.id == null) {
				return Mono.empty();
			}
			return owner.guard(owner.store.release(this.lane, this.id)).onErrorResume((ex) -> Mono.empty());
		}

	}

	/** The store did not answer; carries the cause, never shown to callers. */
	static final class Unavailable extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unavailable(Throwable cause) {
			super("shared coordination unavailable", cause, false, false);
		}

	}

}
