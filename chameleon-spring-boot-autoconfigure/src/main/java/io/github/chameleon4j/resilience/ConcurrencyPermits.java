package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Non-blocking concurrency permits: an overall in-flight cap plus {@link Lane lanes}, each with its
 * own cap (its width). A call in a lane first waits in its lane's queue until the lane has room,
 * then in the overall queue; so a crowd waiting for one lane never holds up calls outside it.
 * Waiters queue as {@link MonoSink}s: no thread is ever parked, and a cancelled waiter leaves its
 * queue.
 * <p>
 * A concurrency 429 lowers the cap of the lane the call ran in (or the overall cap for a call
 * outside every lane) to the server's limit when it named one, else by one, never below 1; a
 * lowered cap grows back by one per quiet {@code recoveryInterval}. A lane's state exists only
 * while it has calls in flight or waiting, or while its cap is still lowered, so per-profile
 * lanes do not accumulate.
 * <p>
 * A call outside every lane takes and returns its permit without the lock while nobody waits in the
 * overall queue, the overall cap is at its width and no lowered lane is left to forget: one
 * compare-and-set on the in-flight count each way. Every other path takes the lock, and still
 * changes the in-flight count only by atomic operations, so the two never lose an update. A release
 * that sees no waiter cannot strand one: a waiter is counted as queued before it looks at the
 * in-flight count, and a release lowers the count before it looks at the queued count.
 */
final class ConcurrencyPermits {

	private static final int WAITING = 0;

	private static final int GRANTED = 1;

	private static final int DELIVERED = 2;

	private static final int CANCELLED = 3;

	private final Clock clock;

	private final Duration recoveryInterval;

	private final Cap overall;

	/** Waiters that only need an overall permit: outside every lane, or admitted by their lane. */
	private final Deque<Waiter> queue = new ArrayDeque<>();

	private final Map<String, LaneState> lanes = new HashMap<>();

	/** Lanes with nothing in flight or waiting whose cap is still lowered: kept until it has grown back. */
	private final Set<LaneState> idleLowered = new HashSet<>();

	/** Permits held; changed by atomic operations only, inside and outside the lock. */
	private final AtomicInteger inFlight = new AtomicInteger();

	/** The size of {@link #queue}, readable without the lock; written under it. */
	private volatile int queued;

	/**
	 * The overall cap a permit may be taken against without the lock: its width while it is not lowered, else 0 (no
	 * lock-free permits until it has grown back). Written under the lock.
	 */
	private volatile int lockFreeCap;

	/** Whether {@link #idleLowered} holds a lane, readable without the lock; written under it wherever that set changes. */
	private volatile boolean lanesToForget;

	private int waiting;

	ConcurrencyPermits(Clock clock, int cap, Duration recoveryInterval) {
		this.clock = clock;
		this.recoveryInterval = recoveryInterval;
		this.overall = new Cap(cap);
		this.lockFreeCap = cap;
	}

	/**
	 * A publisher of one permit, emitted once the overall cap and the lane allow it.
	 * @param lane the call's lane, or {@code null}
	 * @return the permit publisher; cancelling it leaves the queue
	 */
	Mono<Permit> acquire(@Nullable Lane lane) {
		return Mono.<Permit>create((sink) -> {
			Waiter waiter = new Waiter(sink);
			synchronized (this) {
				this.waiting++;
				if (lane == null) {
					enqueue(waiter);
				}
				else {
					LaneState state = this.lanes.computeIfAbsent(lane.key(), (key) -> new LaneState(lane));
					this.idleLowered.remove(state);
					this.lanesToForget = !this.idleLowered.isEmpty();
					waiter.lane = state;
					state.pending.add(waiter);
					admit(state);
				}
			}
			sink.onCancel(waiter::cancel);
			drain();
		}).doOnDiscard(Permit.class, Permit::release);
	}

	/**
	 * A permit at once, when nobody waits and the overall cap has room; never for a call in a lane
	 * (lanes always take the queue, which keeps their order).
	 * @param lane the call's lane, or {@code null}
	 * @return the permit, or {@code null} when the call must wait in the queue
	 */
	@Nullable
	Permit tryAcquire(@Nullable Lane lane) {
		if (lane != null) {
			return null;
		}
		int cap = this.lockFreeCap;
		if (cap > 0 && this.queued == 0) {
			return takeBelow(cap) ? new Permit(null) : null;
		}
		synchronized (this) {
			if (this.queue.isEmpty() && takeBelow(currentCap())) {
				return new Permit(null);
			}
		}
		return null;
	}

	/** Takes one permit if fewer than {@code cap} are held. */
	private boolean takeBelow(int cap) {
		while (true) {
			int held = this.inFlight.get();
			if (held >= cap) {
				return false;
			}
			if (this.inFlight.compareAndSet(held, held + 1)) {
				return true;
			}
		}
	}

	/** The overall cap (grown back as far as its recovery allows), and whether permits may be taken without the lock; under the lock. */
	private int currentCap() {
		int cap = this.overall.current();
		this.lockFreeCap = (cap >= this.overall.configured) ? cap : 0;
		return cap;
	}

	/**
	 * Applies a concurrency 429: lowers the cap of the call's lane, or the overall cap for a call
	 * outside every lane.
	 * @param lane the lane of the call that was limited, or {@code null}
	 * @param limit the limit the server named, or empty (the cap is then lowered by one)
	 */
	synchronized void lower(@Nullable Lane lane, OptionalInt limit) {
		if (lane == null) {
			this.overall.lower(limit);
			currentCap();
			return;
		}
		LaneState state = this.lanes.computeIfAbsent(lane.key(), (key) -> new LaneState(lane));
		state.cap.lower(limit);
		retireIfIdle(state);
	}

	/**
	 * Restores the overall cap and every lane's cap to their configured widths (for tests). Calls in
	 * flight keep their permits; waiters that now fit are granted.
	 */
	void reset() {
		synchronized (this) {
			this.overall.restore();
			currentCap();
			for (LaneState state : new ArrayList<>(this.lanes.values())) {
				state.cap.restore();
				admit(state);
				retireIfIdle(state);
			}
		}
		drain();
	}

	synchronized int cap() {
		return currentCap();
	}

	int inFlight() {
		return this.inFlight.get();
	}

	synchronized int waiting() {
		return this.waiting;
	}

	/** The lanes whose cap is below their width, by key, in key order. */
	synchronized Map<String, Integer> loweredLaneCaps() {
		Map<String, Integer> lowered = new TreeMap<>();
		for (LaneState state : this.lanes.values()) {
			int current = state.cap.current();
			if (current < state.cap.configured) {
				lowered.put(state.key, current);
			}
		}
		return lowered;
	}

	/** Number of lanes whose state is kept (for tests: idle lanes must not accumulate). */
	synchronized int laneCount() {
		sweepIdleLowered();
		return this.lanes.size();
	}

	/** Moves the lane's waiters to the overall queue while the lane has room; called under the lock. */
	private void admit(LaneState state) {
		while (!state.pending.isEmpty() && state.held < state.cap.current()) {
			Waiter waiter = state.pending.poll();
			state.held++;
			enqueue(waiter);
		}
	}

	/** Forgets an idle lane, unless its cap is still lowered; called under the lock. */
	private void retireIfIdle(LaneState state) {
		if (state.held > 0 || !state.pending.isEmpty()) {
			return;
		}
		if (state.cap.current() < state.cap.configured) {
			this.idleLowered.add(state);
		}
		else {
			this.idleLowered.remove(state);
			this.lanes.remove(state.key, state);
		}
		this.lanesToForget = !this.idleLowered.isEmpty();
	}

	/** Adds a waiter to the overall queue; under the lock. */
	private void enqueue(Waiter waiter) {
		this.queue.add(waiter);
		this.queued = this.queue.size();
	}

	/** Forgets the idle lanes whose cap has grown back; called under the lock. */
	private void sweepIdleLowered() {
		if (this.idleLowered.isEmpty()) {
			return;
		}
		for (LaneState state : new ArrayList<>(this.idleLowered)) {
			retireIfIdle(state);
		}
	}

	/** Grants every queued waiter that fits, in order; completes their sinks outside the lock. */
	private void drain() {
		List<Waiter> granted = null;
		synchronized (this) {
			if (this.queue.isEmpty()) {
				return;
			}
			int cap = currentCap();
			granted = new ArrayList<>();
			while (!this.queue.isEmpty() && takeBelow(cap)) {
				Waiter waiter = this.queue.poll();
				this.queued = this.queue.size();
				this.waiting--;
				waiter.permit = new Permit(waiter.lane);
				waiter.state.set(GRANTED);
				granted.add(waiter);
			}
		}
		granted.forEach(Waiter::deliver);
	}

	private void free(@Nullable LaneState lane) {
		if (lane == null) {
			// the count first, then the look at the queue (a waiter counts itself queued before it looks at the count)
			this.inFlight.decrementAndGet();
			if (this.queued == 0 && !this.lanesToForget) {
				return;
			}
			synchronized (this) {
				sweepIdleLowered();
			}
			drain();
			return;
		}
		boolean queued;
		synchronized (this) {
			this.inFlight.decrementAndGet();
			lane.held--;
			admit(lane);
			retireIfIdle(lane);
			sweepIdleLowered();
			queued = !this.queue.isEmpty();
		}
		if (queued) {
			// only when someone waits: one monitor per release otherwise (every call releases one)
			drain();
		}
	}

	/** A cap lowered by concurrency 429s that grows back by one per quiet recovery interval. */
	private final class Cap {

		final int configured;

		private int current;

		private Instant lastLowered;

		Cap(int configured) {
			this.configured = configured;
			this.current = configured;
			this.lastLowered = ConcurrencyPermits.this.clock.instant();
		}

		int current() {
			if (this.current < this.configured) {
				Instant now = ConcurrencyPermits.this.clock.instant();
				long steps = Duration.between(this.lastLowered, now).toMillis()
						/ Math.max(1, ConcurrencyPermits.this.recoveryInterval.toMillis());
				if (steps > 0) {
					this.current = (int) Math.min(this.configured, this.current + steps);
					this.lastLowered = this.lastLowered.plus(ConcurrencyPermits.this.recoveryInterval.multipliedBy(steps));
				}
			}
			return this.current;
		}

		void restore() {
			this.current = this.configured;
			this.lastLowered = ConcurrencyPermits.this.clock.instant();
		}

		void lower(OptionalInt limit) {
			int now = current();
			this.current = Math.max(1, limit.isPresent() ? Math.min(now, limit.getAsInt()) : now - 1);
			this.lastLowered = ConcurrencyPermits.this.clock.instant();
		}

	}

	private final class LaneState {

		final String key;

		final Cap cap;

		/** Calls admitted by the lane: waiting for an overall permit or in flight. */
		int held;

		final Deque<Waiter> pending = new ArrayDeque<>();

		LaneState(Lane lane) {
			this.key = lane.key();
			this.cap = new Cap(lane.width());
		}

	}

	/** The right to send one request; released exactly once however often {@link #release()} is called. */
	final class Permit {

		@Nullable
		private final LaneState lane;

		private final AtomicBoolean released = new AtomicBoolean();

		Permit(@Nullable LaneState lane) {
			this.lane = lane;
		}

		void release() {
			if (this.released.compareAndSet(false, true)) {
				free(this.lane);
			}
		}

	}

	private final class Waiter {

		final MonoSink<Permit> sink;

		final AtomicInteger state = new AtomicInteger(WAITING);

		/** The waiter's lane; set before the waiter is queued, read under the lock. */
		@Nullable
		LaneState lane;

		@Nullable
		volatile Permit permit;

		Waiter(MonoSink<Permit> sink) {
			this.sink = sink;
		}

		void deliver() {
			if (this.state.compareAndSet(GRANTED, DELIVERED)) {
				this.sink.success(this.permit);
			}
		}

		void cancel() {
			boolean queued = false;
			synchronized (ConcurrencyPermits.this) {
				LaneState laneState = this.lane;
				if (laneState != null && laneState.pending.remove(this)) {
					queued = true;
					retireIfIdle(laneState);
				}
				else if (ConcurrencyPermits.this.queue.remove(this)) {
					ConcurrencyPermits.this.queued = ConcurrencyPermits.this.queue.size();
					queued = true;
					if (laneState != null) {
						// it held a place in its lane: pass it on
						laneState.held--;
						admit(laneState);
						retireIfIdle(laneState);
					}
				}
				if (queued) {
					ConcurrencyPermits.this.waiting--;
				}
			}
			if (queued) {
				this.state.set(CANCELLED);
				drain();
				return;
			}
			Permit granted = this.permit;
			if (this.state.compareAndSet(GRANTED, CANCELLED) && granted != null) {
				granted.release();
			}
		}

	}

}
