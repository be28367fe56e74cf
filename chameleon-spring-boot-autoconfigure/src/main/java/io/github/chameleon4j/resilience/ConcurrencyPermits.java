package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.lang.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Non-blocking concurrency permits: an overall in-flight cap plus exclusive lanes (at most one
 * call per lane key in flight). Waiters queue as {@link MonoSink}s, so no thread is ever parked;
 * a cancelled waiter leaves the queue, and a waiter blocked only by its lane does not hold up
 * callers of other lanes. A concurrency 429 lowers the cap to the server's limit; it then grows
 * back by one per quiet {@code recoveryInterval}.
 */
final class ConcurrencyPermits {

	private static final int WAITING = 0;

	private static final int GRANTED = 1;

	private static final int DELIVERED = 2;

	private static final int CANCELLED = 3;

	private final Clock clock;

	private final int configuredCap;

	private final Duration recoveryInterval;

	private final Deque<Waiter> queue = new ArrayDeque<>();

	private final Set<String> busyLanes = new HashSet<>();

	private int cap;

	private int inFlight;

	private Instant lastLowered;

	ConcurrencyPermits(Clock clock, int cap, Duration recoveryInterval) {
		this.clock = clock;
		this.configuredCap = cap;
		this.cap = cap;
		this.recoveryInterval = recoveryInterval;
		this.lastLowered = clock.instant();
	}

	/**
	 * A publisher of one permit, emitted once the cap and the lane allow it.
	 * @param lane the exclusive lane, or {@code null}
	 * @return the permit publisher; cancelling it leaves the queue
	 */
	Mono<Permit> acquire(@Nullable String lane) {
		return Mono.<Permit>create((sink) -> {
			Waiter waiter = new Waiter(lane, sink);
			synchronized (this) {
				this.queue.add(waiter);
			}
			sink.onCancel(waiter::cancel);
			drain();
		}).doOnDiscard(Permit.class, Permit::release);
	}

	/** Lowers the cap to a concurrency limit the server named. */
	synchronized void lowerCap(int limit) {
		this.cap = Math.max(1, Math.min(this.cap, limit));
		this.lastLowered = this.clock.instant();
	}

	synchronized int cap() {
		recoverCap();
		return this.cap;
	}

	synchronized int inFlight() {
		return this.inFlight;
	}

	synchronized int waiting() {
		return this.queue.size();
	}

	private void recoverCap() {
		if (this.cap >= this.configuredCap) {
			return;
		}
		long steps = Duration.between(this.lastLowered, this.clock.instant()).toMillis()
				/ Math.max(1, this.recoveryInterval.toMillis());
		if (steps > 0) {
			this.cap = (int) Math.min(this.configuredCap, this.cap + steps);
			this.lastLowered = this.lastLowered.plus(this.recoveryInterval.multipliedBy(steps));
		}
	}

	/** Grants every queued waiter that fits, in order; completes their sinks outside the lock. */
	private void drain() {
		List<Waiter> granted = new ArrayList<>();
		synchronized (this) {
			recoverCap();
			Iterator<Waiter> iterator = this.queue.iterator();
			while (iterator.hasNext() && this.inFlight < this.cap) {
				Waiter waiter = iterator.next();
				if (waiter.lane == null || !this.busyLanes.contains(waiter.lane)) {
					iterator.remove();
					this.inFlight++;
					if (waiter.lane != null) {
						this.busyLanes.add(waiter.lane);
					}
					waiter.permit = new Permit(waiter.lane);
					waiter.state.set(GRANTED);
					granted.add(waiter);
				}
			}
		}
		granted.forEach(Waiter::deliver);
	}

	private void free(@Nullable String lane) {
		synchronized (this) {
			this.inFlight--;
			if (lane != null) {
				this.busyLanes.remove(lane);
			}
		}
		drain();
	}

	/** The right to send one request; released exactly once however often {@link #release()} is called. */
	final class Permit {

		@Nullable
		private final String lane;

		private final AtomicBoolean released = new AtomicBoolean();

		Permit(@Nullable String lane) {
			this.lane = lane;
		}

		void release() {
			if (this.released.compareAndSet(false, true)) {
				free(this.lane);
			}
		}

	}

	private final class Waiter {

		@Nullable
		final String lane;

		final MonoSink<Permit> sink;

		final AtomicInteger state = new AtomicInteger(WAITING);

		@Nullable
		volatile Permit permit;

		Waiter(@Nullable String lane, MonoSink<Permit> sink) {
			this.lane = lane;
			this.sink = sink;
		}

		void deliver() {
			if (this.state.compareAndSet(GRANTED, DELIVERED)) {
				this.sink.success(this.permit);
			}
		}

		void cancel() {
			boolean queued;
			synchronized (ConcurrencyPermits.this) {
				queued = ConcurrencyPermits.this.queue.remove(this);
			}
			if (queued) {
				this.state.set(CANCELLED);
				return;
			}
			Permit granted = this.permit;
			if (this.state.compareAndSet(GRANTED, CANCELLED) && granted != null) {
				granted.release();
			}
		}

	}

}
