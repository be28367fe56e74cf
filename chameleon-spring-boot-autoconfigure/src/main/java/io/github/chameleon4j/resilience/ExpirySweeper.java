package io.github.chameleon4j.resilience;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The shared timer's way of bounding calls that almost always end in time: each running timeout sits
 * in a slot of a table that is swept once per tick, instead of being enqueued on a timer wheel and
 * enqueued again to be cancelled. Arming is one compare-and-set on a free slot, disarming one on the
 * same slot, and nothing is allocated; the table grows with the most timeouts ever running at once
 * (a slot per call in flight, three at most per call) and never holds an ended call. A sweep visits
 * every slot and fires the timeouts that are due, so a timeout fires up to one tick late, as on the
 * wheel.
 */
final class ExpirySweeper {

	/** What the sweeper bounds: a timeout that knows when it is due and what to do then. */
	interface Due {

		/**
		 * When it is due.
		 * @return the {@link System#nanoTime()} at which it expires
		 */
		long dueNanos();

		/** Called once, by the sweep, when it is due and still armed. */
		void expire();

	}

	static final int SEGMENT_BITS = 8;

	static final int SEGMENT_SIZE = 1 << SEGMENT_BITS;

	private static final int MAX_PROBES = 32;

	/** Grows by whole segments, so that a slot once handed out stays where it is. */
	private volatile AtomicReferenceArray<Due>[] segments;

	/** Where the next arming starts looking; a hint, racy on purpose. */
	private int cursor;

	@SuppressWarnings("unchecked")
	ExpirySweeper() {
		this.segments = new AtomicReferenceArray[] { new AtomicReferenceArray<Due>(SEGMENT_SIZE) };
	}

	/**
	 * Arms a timeout.
	 * @param due the timeout
	 * @return its slot, for {@link #disarm}
	 */
	int arm(Due due) {
		while (true) {
			AtomicReferenceArray<Due>[] table = this.segments;
			int size = table.length << SEGMENT_BITS;
			int start = this.cursor;
			for (int probe = 0; probe < MAX_PROBES && probe < size; probe++) {
				int slot = (start + probe) & (size - 1);
				AtomicReferenceArray<Due> segment = table[slot >>> SEGMENT_BITS];
				int index = slot & (SEGMENT_SIZE - 1);
				if (segment.get(index) == null && segment.compareAndSet(index, null, due)) {
					this.cursor = slot + 1;
					return slot;
				}
			}
			grow(table);
		}
	}

	/**
	 * Disarms a timeout that ended first. A timeout the sweep has already taken out is left alone,
	 * and so is whatever armed its slot since.
	 * @param slot the slot {@link #arm} returned
	 * @param due the timeout
	 */
	void disarm(int slot, Due due) {
		AtomicReferenceArray<Due> segment = this.segments[slot >>> SEGMENT_BITS];
		segment.compareAndSet(slot & (SEGMENT_SIZE - 1), due, null);
	}

	/**
	 * Fires every armed timeout that is due.
	 * @param nowNanos the current {@link System#nanoTime()}
	 * @return how many fired
	 */
	int sweep(long nowNanos) {
		int fired = 0;
		for (AtomicReferenceArray<Due> segment : this.segments) {
			for (int index = 0; index < SEGMENT_SIZE; index++) {
				Due due = segment.get(index);
				if (due != null && due.dueNanos() - nowNanos <= 0 && segment.compareAndSet(index, due, null)) {
					fired++;
					try {
						due.expire();
					}
					catch (RuntimeException | LinkageError ex) {
						// one failing subscriber must not keep the others from expiring
						Thread current = Thread.currentThread();
						current.getUncaughtExceptionHandler().uncaughtException(current, ex);
					}
				}
			}
		}
		return fired;
	}

	/**
	 * How many timeouts are armed.
	 * @return the count
	 */
	int armed() {
		int armed = 0;
		for (AtomicReferenceArray<Due> segment : this.segments) {
			for (int index = 0; index < SEGMENT_SIZE; index++) {
				if (segment.get(index) != null) {
					armed++;
				}
			}
		}
		return armed;
	}

	/**
	 * How many slots the table has.
	 * @return the slot count
	 */
	int capacity() {
		return this.segments.length << SEGMENT_BITS;
	}

	/** Doubles the table (a power of two, so the probe can wrap with a mask), unless another thread just did. */
	@SuppressWarnings("unchecked")
	private synchronized void grow(AtomicReferenceArray<Due>[] seen) {
		if (this.segments != seen) {
			return;
		}
		AtomicReferenceArray<Due>[] larger = java.util.Arrays.copyOf(seen, seen.length * 2);
		for (int i = seen.length; i < larger.length; i++) {
			larger[i] = new AtomicReferenceArray<>(SEGMENT_SIZE);
		}
		this.cursor = seen.length << SEGMENT_BITS;
		this.segments = larger;
	}

}
