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

	private int inFlight;

	private int waiting;

	ConcurrencyPermits(Clock clock, int cap, Duration recoveryInterval) {
		this.clock = clock;
		this.recoveryInterval = recoveryInterval;
		this.overall = new Cap(cap);
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
					this.queue.add(waiter);
				}
				else {
					LaneState state = this.lanes.computeIfAbsent(lane.key(), (key) -> new LaneState(lane));
					this.idleLowered.remove(state);
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
		synchronized (this) {
			if (this.queue.isEmpty() && this.inFlight < this.overall.current()) {
				this.inFlight++;
				return new Permit(null);
			}
		}
		return null;
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
			for (LaneState state : new ArrayList<>(this.lanes.values())) {
				state.cap.restore();
				admit(state);
				retireIfIdle(state);
			}
		}
		drain();
	}

	synchronized int cap() {
		return this.overall.current();
	}

	synchronized int inFlight() {
		return this.inFlight;
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
			this.queue.add(waiter);
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
			int cap = this.overall.current();
			granted = new ArrayList<>();
			while (this.inFlight < cap && !this.queue.isEmpty()) {
				Waiter waiter = this.queue.poll();
				this.waiting--;
				this.inFlight++;
				waiter.permit = new Permit(waiter.lane);
				waiter.state.set(GRANTED);
				granted.add(waiter);
			}
		}
		granted.forEach(Waiter::deliver);
	}

	private void free(@Nullable LaneState lane) {
		boolean queued;
		synchronized (this) {
			this.inFlight--;
			if (lane != null) {
				lane.held--;
				admit(lane);
				retireIfIdle(lane);
			}
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
