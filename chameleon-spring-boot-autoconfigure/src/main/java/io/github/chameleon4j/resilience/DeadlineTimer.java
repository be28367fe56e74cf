package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The timer behind every call's deadline when no scheduler was injected: one shared hashed wheel
 * with 50 ms ticks. Each call arms a deadline and almost always disarms it again; on a wheel that
 * is an O(1) enqueue and a flag, whereas a {@code ScheduledThreadPoolExecutor} (as in
 * {@code Schedulers.parallel()}) takes a lock and wakes its thread whenever the new task becomes the
 * earliest, which cost a fifth of the throughput of a fast call. The client's own timeouts
 * ({@link #within}) do not even enqueue: they sit in a table the wheel sweeps once per tick
 * ({@link ExpirySweeper}). Deadlines fire up to one tick late.
 * The client's per-attempt response timeouts run on it too.
 */
public final class DeadlineTimer implements Scheduler {

	private static final long TICK_MILLIS = 50;

	static final DeadlineTimer SHARED = new DeadlineTimer();

	private final HashedWheelTimer wheel = new HashedWheelTimer(new DefaultThreadFactory("chameleon-deadline", true),
			TICK_MILLIS, TimeUnit.MILLISECONDS, 512);

	/** The timeouts of {@link Expiry}: swept once per tick instead of each one enqueued on the wheel. */
	private final ExpirySweeper sweeper = new ExpirySweeper();

	private volatile boolean sweeping;

	private DeadlineTimer() {
	}

	/**
	 * Arms a timeout on the sweeper, starting the sweep on first use.
	 * @param due the timeout
	 * @return its slot
	 */
	int arm(ExpirySweeper.Due due) {
		if (!this.sweeping) {
			startSweeping();
		}
		return this.sweeper.arm(due);
	}

	/**
	 * Disarms a timeout that ended first.
	 * @param slot its slot
	 * @param due the timeout
	 */
	void disarm(int slot, ExpirySweeper.Due due) {
		this.sweeper.disarm(slot, due);
	}

	/**
	 * How many of the client's timeouts are armed (for tests).
	 * @return the count
	 */
	int armed() {
		return this.sweeper.armed();
	}

	private synchronized void startSweeping() {
		if (!this.sweeping) {
			this.sweeping = true;
			sweepNextTick();
		}
	}

	private void sweepNextTick() {
		this.wheel.newTimeout((handle) -> {
			try {
				this.sweeper.sweep(System.nanoTime());
			}
			finally {
				sweepNextTick();
			}
		}, TICK_MILLIS, TimeUnit.MILLISECONDS);
	}

	/**
	 * The shared timer.
	 * @return the timer; never disposed
	 */
	public static Scheduler shared() {
		return SHARED;
	}

	/**
	 * Bounds a {@code Mono} by a timeout on the shared timer, as {@code timeout(timeout,
	 * Mono.error(..), shared())} does but at a fraction of its cost per subscription (the client's
	 * response timeouts run it on every attempt). When the timeout passes first, the source is
	 * cancelled and the subscriber gets the supplied failure.
	 * @param <T> the value type
	 * @param source the source
	 * @param timeout the time it may take, from subscription
	 * @param expired the failure to signal when it took longer
	 * @return the bounded {@code Mono}
	 */
	public static <T> Mono<T> within(Mono<T> source, Duration timeout, Supplier<? extends Throwable> expired) {
		return new Expiry<>(source, timeout.toNanos(), SHARED, expired);
	}

	@Override
	public Disposable schedule(Runnable task) {
		return schedule(task, 0, TimeUnit.NANOSECONDS);
	}

	@Override
	public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
		Timeout timeout;
		try {
			timeout = this.wheel.newTimeout((handle) -> task.run(), delay, unit);
		}
		catch (IllegalStateException ex) {
			throw new RejectedExecutionException("the deadline timer is stopped", ex);
		}
		return new Disposable() {
			@Override
			public void dispose() {
				timeout.cancel();
			}

			@Override
			public boolean isDisposed() {
				return timeout.isCancelled() || timeout.isExpired();
			}
		};
	}

	@Override
	public Worker createWorker() {
		return new Worker() {

			private volatile boolean disposed;

			@Override
			public Disposable schedule(Runnable task) {
				return DeadlineTimer.this.schedule(task);
			}

			@Override
			public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
				return DeadlineTimer.this.schedule(task, delay, unit);
			}

			@Override
			public void dispose() {
				this.disposed = true;
			}

			@Override
			public boolean isDisposed() {
				return this.disposed;
			}
		};
	}

}
