package io.github.chameleon4j.resilience;

import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * The timer of a subscriber bounded by a time ({@link Expiry}, {@link RetryingCall}). On the shared
 * {@link DeadlineTimer} it arms a slot of the timer's {@link ExpirySweeper} (one compare-and-set, no allocation);
 * on any other scheduler (virtual time in tests) it schedules a task that holds only an {@link Alarm}, whose
 * reference is cleared when the subscriber ends first, so a disposed task keeps nothing of the call alive.
 */
abstract class Timed implements ExpirySweeper.Due {

	/** On the shared timer: the sweeper slot it is armed in, or -1. */
	private volatile int slot = -1;

	@Nullable
	private volatile Alarm alarm;

	@Nullable
	private volatile Disposable task;

	private long dueNanos;

	/**
	 * Starts the timer: {@link #expire()} is called once the time has passed, unless {@link #stopTimer()} came first.
	 * @param timer the scheduler
	 * @param nanos the time
	 * @throws RuntimeException when the scheduler rejects the task
	 */
	final void startTimer(Scheduler timer, long nanos) {
		if (timer == DeadlineTimer.SHARED) {
			// the shared timer's sweep: no task, no enqueue, and nothing held once the subscriber ends
			this.dueNanos = System.nanoTime() + nanos;
			this.slot = DeadlineTimer.SHARED.arm(this);
			return;
		}
		Alarm alarm = new Alarm(this);
		this.alarm = alarm;
		this.task = timer.schedule(alarm, nanos, TimeUnit.NANOSECONDS);
	}

	/** Stops the timer, if it was started. */
	final void stopTimer() {
		int slot = this.slot;
		if (slot >= 0) {
			DeadlineTimer.SHARED.disarm(slot, this);
			return;
		}
		Alarm alarm = this.alarm;
		if (alarm != null) {
			alarm.target = null;
		}
		Disposable task = this.task;
		if (task != null) {
			task.dispose();
		}
	}

	@Override
	public final long dueNanos() {
		return this.dueNanos;
	}

	/** What a scheduled (not swept) timer holds. */
	private static final class Alarm implements Runnable {

		private volatile ExpirySweeper.@Nullable Due target;

		Alarm(ExpirySweeper.Due target) {
			this.target = target;
		}

		@Override
		public void run() {
			ExpirySweeper.Due due = this.target;
			if (due != null) {
				this.target = null;
				due.expire();
			}
		}

	}

}
