package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.RateLimitStrategy;
import io.github.chameleon4j.error.ResponseDetails;
import io.github.chameleon4j.error.WaitHint;

/**
 * The policy's side of a {@link SharedCoordination}: bounds every call to the store by the timeout,
 * and while the store is unavailable paces the client locally at its fallback share of the
 * allowance (a {@link GlobalPace} of its own), counting every call that went on without the store.
 * <p>
 * The first call to the store that fails (no answer within the timeout, a connection error) makes
 * the coordination <em>degraded</em>: from then on every call answers locally at once, without
 * asking the store, for a pause of {@link #PAUSE_MIN}; when it is over, one probe asks the store in
 * the background (the caller that notices still goes on locally), handing the store the requests
 * sent alone within the last window, so that the shared window counts them as the server has. Each probe that fails doubles the
 * pause, up to {@link #PAUSE_MAX}; the first answer of the store ends the degraded state, and
 * sharing resumes by itself. So a generous timeout costs a real outage one timeout for the calls
 * already asking, never one per call.
 */
final class SharedCoordinator {

	/** The first pause after a failure, during which the store is not asked. */
	static final Duration PAUSE_MIN = Duration.ofSeconds(1);

	/** The longest pause between two probes of a store that keeps failing. */
	static final Duration PAUSE_MAX = Duration.ofSeconds(8);

	/** The longest a caller waits before asking a full lane again. */
	static final Duration LANE_POLL = Duration.ofMillis(25);

	/** A request sent this much later than its slot has its reservation moved to when it was sent. */
	static final long SENT_LATE_MILLIS = 10;

	/** A request answered this much later than its slot has its reservation moved to when it was answered. */
	static final long ANSWERED_LATE_MILLIS = 100;

	/** A check of the shared cool-down this recent (since the pace reservation) is not repeated before sending. */
	static final long ADMIT_SLACK_MILLIS = 5;

	/** The longest wait for the store's first answer (a cold connection), when the timeout is shorter. */
	static final Duration FIRST_ANSWER = Duration.ofSeconds(2);

	private static final double NANOS_PER_MINUTE = 60_000_000_000d;

	private final SharedCoordination store;

	private final SharedCoordination.PaceSettings settings;

	private final Clock clock;

	private final Scheduler scheduler;

	private final Duration timeout;

	private final Duration leaseTtl;

	private final Duration laneRecovery;

	private final double fallbackShare;

	private final GlobalPace fallbackPace;

	private final String replica = UUID.randomUUID().toString();

	private final AtomicLong ids = new AtomicLong();

	private final AtomicLong fallbacks = new AtomicLong();

	private final AtomicLong failures = new AtomicLong();

	/** Callers waiting for their slot in the shared pace. */
	private final AtomicInteger waiting = new AtomicInteger();

	/** Slots of the requests paced locally (epoch millis), kept for one window: the store counts them when it is back. */
	private final ConcurrentLinkedDeque<Long> alone = new ConcurrentLinkedDeque<>();

	/** Whether a probe of the store is in flight. */
	private final AtomicBoolean probing = new AtomicBoolean();

	/** Whether the store has answered at least once. */
	private volatile boolean answered;

	/** Whether the store failed and has not answered since: every call answers locally. */
	private volatile boolean degraded;

	/** While degraded: epoch millis from which the next probe may be sent. */
	private volatile long probeAt;

	/** While degraded: the current pause between probes, millis (guarded by this). */
	private long pauseMillis = PAUSE_MIN.toMillis();

	/** The shared pace's level the store last reported, or NaN. */
	private volatile double sharedPerMinute = Double.NaN;

	/** What the store last said could go at once, or -1. */
	private volatile int sharedAvailable = -1;

	@Nullable
	private volatile String lastFailure;

	SharedCoordinator(SharedCoordination store, ChameleonResilienceBuilder settings) {
		this.store = store;
		this.clock = settings.clock;
		this.scheduler = settings.scheduler;
		this.timeout = settings.sharedTimeout;
		this.leaseTtl = settings.sharedLeaseTtl;
		this.laneRecovery = settings.recoveryInterval;
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
	 * fallback pace while the store is unavailable. A shared cool-down that ends after the call's
	 * deadline fails the call at once, as the local cool-down gate does, and reserves nothing.
	 * @return the time waited
	 */
	Mono<Duration> pace(LogicalCall call) {
		return Mono.defer(() -> {
			call.sharedReservation(null, 0);
			if (!sharing()) {
				return fallbackPace();
			}
			String id = nextId();
			Instant deadline = call.deadlineAt();
			return guard(this.store.reserve(id, this.settings, now(), deadline), false).flatMap((slot) -> {
				observe(slot);
				if (slot.refused()) {
					return Mono.error(refusal(call.descriptor(), slot.delay()));
				}
				long now = this.clock.millis();
				call.sharedClear(now);
				call.sharedReservation(id, now + slot.delay().toMillis());
				return slot.delay().isZero() ? Mono.just(Duration.ZERO) : waiting(id, slot.delay(), call);
			}).onErrorResume(Unavailable.class, (ex) -> fallbackPace());
		});
	}

	private Mono<Duration> waiting(String id, Duration wait, LogicalCall call) {
		return Mono.defer(() -> {
			this.waiting.incrementAndGet();
			return waitFor(id, wait, Duration.ZERO, call).doFinally((signal) -> this.waiting.decrementAndGet());
		});
	}

	private Mono<Duration> waitFor(String id, Duration wait, Duration before, LogicalCall call) {
		Duration waited = before.plus(wait);
		return Mono.delay(wait, this.scheduler)
			.then(Mono.defer(() -> guard(this.store.remaining(id, this.settings, now(), call.deadlineAt()), false)))
			.onErrorResume(Unavailable.class, (ex) -> Mono.just(SharedCoordination.Slot.after(Duration.ZERO)))
			.flatMap((slot) -> {
				observe(slot);
				if (slot.refused()) {
					call.sharedReservation(null, 0);
					return Mono.error(refusal(call.descriptor(), slot.delay()));
				}
				long now = this.clock.millis();
				call.sharedClear(now);
				call.sharedReservation(id, now + slot.delay().toMillis());
				return slot.delay().isZero() ? Mono.just(waited) : waitFor(id, slot.delay(), waited, call);
			});
	}

	private void observe(SharedCoordination.Slot slot) {
		if (!Double.isNaN(slot.perMinute()) && slot.perMinute() > 0) {
			this.sharedPerMinute = slot.perMinute();
		}
		if (!slot.refused()) {
			this.sharedAvailable = slot.available();
		}
	}

	private Mono<Duration> fallbackPace() {
		this.fallbacks.incrementAndGet();
		Duration wait = this.fallbackPace.reserve().delay();
		long now = this.clock.millis();
		this.alone.add(now + wait.toMillis());
		forgetAloneBefore(now - this.settings.window().toMillis() * 101 / 100);
		return wait.isZero() ? Mono.just(Duration.ZERO) : Mono.delay(wait, this.scheduler).thenReturn(wait);
	}

	/**
	 * Right before sending: takes a lease in the call's lane account-wide, or, for a call outside
	 * every lane, waits out a shared cool-down that began since its pace reservation (failing at once
	 * when it ends after the call's deadline).
	 * @return the lease (released when the attempt ends), {@link Lease#NONE} when there is none to release
	 */
	Mono<Lease> admit(LogicalCall call) {
		return Mono.defer(() -> {
			Lane lane = call.descriptor().lane();
			if (lane == null) {
				long clear = call.sharedClearAt();
				if ((clear != Long.MIN_VALUE && this.clock.millis() - clear <= ADMIT_SLACK_MILLIS) || !sharing()) {
					return Mono.just(Lease.NONE);
				}
				return cooldown(call).thenReturn(Lease.NONE);
			}
			if (!sharing()) {
				this.fallbacks.incrementAndGet();
				return Mono.just(Lease.NONE);
			}
			return lease(lane, nextId());
		});
	}

	private Mono<Void> cooldown(LogicalCall call) {
		return guard(this.store.cooldown(now()), false).flatMap((wait) -> {
			if (wait.isZero()) {
				return Mono.<Void>empty();
			}
			Instant deadline = call.deadlineAt();
			if (deadline != null && this.clock.instant().plus(wait).isAfter(deadline)) {
				return Mono.error(refusal(call.descriptor(), wait));
			}
			return Mono.delay(wait, this.scheduler).then(Mono.defer(() -> cooldown(call)));
		}).onErrorResume(Unavailable.class, (ex) -> Mono.empty());
	}

	private Mono<Lease> lease(Lane lane, String id) {
		return guard(this.store.acquire(lane, id, this.leaseTtl, now()), false).flatMap((wait) -> {
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
		if (id != null && now - call.sharedSlot() > threshold && sharing()) {
			call.sharedReservation(id, now);
			guard(this.store.sent(id, Instant.ofEpochMilli(now)), false).onErrorResume((ex) -> Mono.empty())
				.subscribe();
		}
	}

	/**
	 * Applies a 429 to the shared state; fire and forget (a store that does not answer only counts a
	 * failure). A concurrency 429 from a call in a lane lowers that lane's cap account-wide.
	 */
	void limited(CallDescriptor call, ChameleonRateLimitException limited, @Nullable Instant until) {
		if (!sharing()) {
			return;
		}
		if (limited.strategy() == RateLimitStrategy.CONCURRENCY) {
			Lane lane = call.lane();
			if (lane != null) {
				guard(this.store.laneLimited(lane, limited.waitHint().limit(), this.laneRecovery, now()), false)
					.onErrorResume((ex) -> Mono.empty())
					.subscribe();
			}
			return;
		}
		boolean global = limited.strategy() == RateLimitStrategy.GLOBAL;
		if (until == null && !global) {
			return;
		}
		guard(this.store.limited(nextId(), until, global, this.settings, now()), false)
			.onErrorResume((ex) -> Mono.empty())
			.subscribe();
	}

	private void forgetAloneBefore(long oldest) {
		Long first;
		while ((first = this.alone.peekFirst()) != null && first < oldest) {
			this.alone.remove(first);
		}
	}

	/** Asks the store again at once (for tests); the fallback pace forgets its reservations. */
	void reset() {
		this.fallbackPace.reset();
		this.alone.clear();
		synchronized (this) {
			this.degraded = false;
			this.pauseMillis = PAUSE_MIN.toMillis();
		}
		this.sharedPerMinute = Double.NaN;
		this.sharedAvailable = -1;
	}

	/**
	 * Whether calls ask the store now. While degraded, no, except that once the pause is over one probe
	 * goes out in the background (the caller still goes on locally).
	 */
	private boolean sharing() {
		if (!this.degraded) {
			return true;
		}
		if (this.clock.millis() >= this.probeAt && this.probing.compareAndSet(false, true)) {
			probe();
		}
		return false;
	}

	/**
	 * One probe: hands the store the requests sent alone within the last window (so the shared window
	 * counts what the server has counted), and, answered, ends the degraded state.
	 */
	private void probe() {
		forgetAloneBefore(this.clock.millis() - this.settings.window().toMillis() * 101 / 100);
		List<Long> sends = new ArrayList<>(this.alone);
		List<Instant> at = new ArrayList<>(sends.size());
		sends.forEach((millis) -> at.add(Instant.ofEpochMilli(millis)));
		guard(this.store.sentAlone(nextId(), at, this.settings, now()), true).doOnSuccess((done) -> {
			sends.forEach(this.alone::removeFirstOccurrence);
			// the calls that went on alone while the probe was out
			postAlone();
		}).doFinally((signal) -> this.probing.set(false)).subscribe((done) -> {
		}, (ex) -> {
		});
	}

	private void postAlone() {
		List<Instant> at = new ArrayList<>();
		Long millis;
		while ((millis = this.alone.pollFirst()) != null) {
			at.add(Instant.ofEpochMilli(millis));
		}
		if (!at.isEmpty()) {
			guard(this.store.sentAlone(nextId(), at, this.settings, now()), false).onErrorResume((ex) -> Mono.empty())
				.subscribe();
		}
	}

	/** Whether the store failed and has not answered since: pacing is local until it does. */
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

	/** The health details: counters, the fallback share, and while degraded the failure and the next probe. */
	Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("fallbacks", fallbacks());
		details.put("failures", failures());
		details.put("fallbackShare", this.fallbackShare);
		String failure = this.lastFailure;
		if (this.degraded) {
			if (failure != null) {
				details.put("lastFailure", failure);
			}
			details.put("nextProbe", Instant.ofEpochMilli(this.probeAt).toString());
		}
		return details;
	}

	/**
	 * The pace in force: the shared level the store last reported (the configured one before its first
	 * answer), or the local fallback pace's while degraded.
	 */
	double currentPerMinute() {
		if (this.degraded) {
			return this.fallbackPace.currentPerMinute();
		}
		double shared = this.sharedPerMinute;
		return Double.isNaN(shared) ? this.settings.perMinute() : shared;
	}

	/** The most requests in any trailing window at {@link #currentPerMinute()}. */
	int windowCap() {
		if (this.degraded) {
			return this.fallbackPace.windowCap();
		}
		double cap = Math.floor(currentPerMinute() * this.settings.window().toNanos() / NANOS_PER_MINUTE + 1e-9);
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 8, cap));
	}

	/** Callers waiting for a slot (in the shared pace, or in the fallback pace while degraded). */
	int waiting() {
		return this.degraded ? this.fallbackPace.waiting() : this.waiting.get();
	}

	/**
	 * What could be sent at once: minus the callers waiting for a slot, else what the store last said
	 * (a whole burst before its first answer; the fallback pace's own figure while degraded).
	 */
	int availablePermissions() {
		if (this.degraded) {
			return this.fallbackPace.availablePermissions();
		}
		int waiting = this.waiting.get();
		int available = this.sharedAvailable;
		// before the store's first answer: a whole burst, as a fresh pace has
		return (waiting > 0) ? -waiting : (available < 0) ? this.settings.burst() : available;
	}

	private <R> Mono<R> guard(Mono<R> call, boolean probe) {
		// the timeout runs on a real timer: the store is real I/O, whatever scheduler paces the client; until the
		// store has answered once, a cold connection (connect, scripts loaded) gets at least FIRST_ANSWER
		Duration timeout = this.answered ? this.timeout
				: (this.timeout.compareTo(FIRST_ANSWER) < 0 ? FIRST_ANSWER : this.timeout);
		return call.timeout(timeout, Schedulers.parallel()).doOnSuccess((value) -> {
			this.answered = true;
			if (this.degraded) {
				resumed();
			}
		}).onErrorMap((ex) -> !(ex instanceof Unavailable), (ex) -> {
			failed((ex instanceof TimeoutException) ? "no answer within " + timeout : ex.getClass().getSimpleName(),
					probe);
			return new Unavailable(ex);
		});
	}

	private synchronized void resumed() {
		this.degraded = false;
		this.pauseMillis = PAUSE_MIN.toMillis();
	}

	/**
	 * The store failed: the first failure starts a pause, a failed probe doubles it; the failures of calls
	 * that were already asking when the store went away change nothing but the counters.
	 */
	private synchronized void failed(String failure, boolean probe) {
		this.failures.incrementAndGet();
		this.lastFailure = failure;
		if (!this.degraded) {
			this.pauseMillis = PAUSE_MIN.toMillis();
		}
		else if (probe) {
			this.pauseMillis = Math.min(PAUSE_MAX.toMillis(), 2 * this.pauseMillis);
		}
		else {
			return;
		}
		this.probeAt = this.clock.millis() + this.pauseMillis;
		this.degraded = true;
	}

	/** A fresh exception per refused caller, as the local cool-down gate gives when a cool-down outlasts the deadline. */
	private ChameleonRateLimitException refusal(CallDescriptor call, Duration wait) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(WaitHint.RATELIMIT_WAIT, String.valueOf(wait.toMillis() / 1000.0));
		ResponseDetails details = new ResponseDetails(429, call.method(), call.uriTemplate(), null, headers, "");
		return new ChameleonRateLimitException(details, this.clock.instant().plus(wait));
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
			return owner.guard(owner.store.release(this.lane, this.id), false).onErrorResume((ex) -> Mono.empty());
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
