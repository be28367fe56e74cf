package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The account-wide request pace, as a reservation schedule driven by the injected clock (so it
 * runs under virtual time). Two limits apply to every reservation:
 * <ul>
 * <li>a token bucket: slots {@code 60s / pace} apart, with up to {@code burst} requests allowed
 * back to back;</li>
 * <li>a hard cap: at most {@code max(1, floor(pace * window / 60s))} reservations in any trailing
 * {@code window} plus a 1% margin. Chameleon counts "N per minute" over a window; a token bucket
 * alone admits {@code N + burst - 1} into one window, and requests exactly {@code window / N}
 * apart reach the server slightly closer together than that (arrival jitter).</li>
 * </ul>
 * A global 429 lowers the pace (and so the cap) to what the server has just shown it accepts: the
 * requests sent in the trailing window, minus one. One 429 from arrival jitter at the full cap so
 * costs one request per window, while a pace configured above the account's allowance drops to the
 * allowance at once. One step never lowers it by more than {@code slowdownFactor} nor below the
 * floor; each quiet {@code recoveryInterval} then adds {@code recoveryStep} until the configured
 * pace is reached again.
 * <p>
 * Resilience4j's {@code AtomicRateLimiter} is not used because it reads {@code System.nanoTime()}
 * and its reactor operator delays on the default scheduler, so it cannot be tested
 * deterministically, and it cannot lower its pace multiplicatively and recover additively.
 */
final class GlobalPace {

	private static final double NANOS_PER_MINUTE = 60_000_000_000d;

	/** The ring starts small and doubles up to the configured cap, so a huge pace costs memory only when used. */
	private static final int INITIAL_RING = 128;

	private final Clock clock;

	private final double configured;

	private final double floor;

	private final double recoveryStep;

	private final long recoveryIntervalNanos;

	private final int burst;

	private final double slowdownFactor;

	private final long windowNanos;

	private final long marginNanos;

	/** The cap at the configured pace: the most reservations the window check ever looks back over. */
	private final int maxCap;

	private double current;

	/** Token bucket's theoretical arrival time of the next request, epoch nanos. */
	private long nextSlot;

	private long lastChange;

	/** The most recent reservations' allowed-at times (epoch nanos), oldest first from {@code head - size}. */
	private long[] ring;

	/** Reservations made so far; the last one's ticket. */
	private long reserved;

	/** Index where the next reservation is written. */
	private int head;

	private int size;

	GlobalPace(Clock clock, double perMinute, double floor, double recoveryStep, Duration recoveryInterval, int burst,
			double slowdownFactor, Duration window) {
		this.clock = clock;
		this.configured = perMinute;
		this.floor = Math.min(floor, perMinute);
		this.recoveryStep = recoveryStep;
		this.recoveryIntervalNanos = recoveryInterval.toNanos();
		this.burst = Math.max(1, burst);
		this.slowdownFactor = slowdownFactor;
		this.windowNanos = window.toNanos();
		this.marginNanos = this.windowNanos / 100;
		this.current = perMinute;
		this.maxCap = capAt(perMinute);
		this.ring = new long[Math.min(this.maxCap, INITIAL_RING)];
		this.nextSlot = nanos(clock.instant());
		this.lastChange = this.nextSlot;
	}

	/**
	 * One reservation: how long to wait, and the ticket with which to report the actual send.
	 * @param ticket identifies the reservation for {@link GlobalPace#sent(long)}
	 * @param delay how long the caller must wait before sending (zero when it may send now)
	 */
	record Reservation(long ticket, Duration delay) {
	}

	/**
	 * Reserves a slot for one request.
	 * @return the reservation
	 */
	synchronized Reservation reserve() {
		long now = nanos(this.clock.instant());
		recover(now);
		long interval = (long) (NANOS_PER_MINUTE / this.current);
		long slot = Math.max(this.nextSlot, now);
		long allowedAt = Math.max(now, slot - interval * (this.burst - 1L));
		if (this.size > 0) {
			allowedAt = Math.max(allowedAt, recent(1));
		}
		int cap = capNow();
		if (this.size >= cap) {
			// the cap-th most recent reservation must have left the window (plus margin) first
			allowedAt = Math.max(allowedAt, recent(cap) + this.windowNanos + this.marginNanos);
		}
		// the bucket counts the request at the time it is actually sent, so a window delay cannot bank extra burst
		this.nextSlot = Math.max(slot, allowedAt) + interval;
		record(allowedAt);
		return new Reservation(++this.reserved, Duration.ofNanos(allowedAt - now));
	}

	/**
	 * Records that a reserved request was sent, or answered, now, if later than its slot (it may have
	 * waited for a permit, the gate or a cold connection). Later reservations then count the window
	 * from no earlier than the server can have counted it: the server's window holds arrivals, and a
	 * request arrives before it is answered.
	 * @param ticket the reservation's ticket
	 */
	synchronized void sent(long ticket) {
		long back = this.reserved - ticket + 1;
		if (back < 1 || back > this.size) {
			return;
		}
		int index = (int) (this.head - back);
		index = (index < 0) ? index + this.ring.length : index;
		this.ring[index] = Math.max(this.ring[index], nanos(this.clock.instant()));
	}

	/** Lowers the pace after a global 429 to the rate the trailing window shows the server accepts. */
	synchronized void slowDown() {
		long now = nanos(this.clock.instant());
		recover(now);
		double accepted = (sentSince(now - this.windowNanos, now) - 1) * NANOS_PER_MINUTE / this.windowNanos;
		double lowest = Math.max(this.floor, this.current * this.slowdownFactor);
		this.current = Math.max(lowest, Math.min(this.current, accepted));
		this.lastChange = now;
	}

	/** Reservations whose time lies in {@code (from, to]} (send times may be out of order, so all are read). */
	private int sentSince(long from, long to) {
		int count = 0;
		for (int k = 1; k <= this.size; k++) {
			long at = recent(k);
			if (at > from && at <= to) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Restores the configured pace and forgets the reservations made so far, so the next request may be
	 * sent at once with a full burst (for tests). Reservations already handed out keep their delay.
	 */
	synchronized void reset() {
		long now = nanos(this.clock.instant());
		this.current = this.configured;
		this.nextSlot = now;
		this.lastChange = now;
		this.head = 0;
		this.size = 0;
	}

	synchronized double currentPerMinute() {
		recover(nanos(this.clock.instant()));
		return this.current;
	}

	/**
	 * The most reservations allowed in any trailing window at the current pace.
	 * @return at least 1
	 */
	synchronized int windowCap() {
		recover(nanos(this.clock.instant()));
		return capNow();
	}

	/** How many reservation times are kept (never more than the cap at the configured pace). */
	synchronized int retained() {
		return this.size;
	}

	private int capNow() {
		return Math.min(this.maxCap, capAt(this.current));
	}

	private int capAt(double perMinute) {
		// the epsilon keeps a pace like 60 with a 10s window at 10, not 9.999...
		double cap = Math.floor(perMinute * this.windowNanos / NANOS_PER_MINUTE + 1e-9);
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 8, cap));
	}

	/** The k-th most recent reservation, 1 being the last; {@code k <= size}. */
	private long recent(int k) {
		int index = this.head - k;
		return this.ring[(index < 0) ? index + this.ring.length : index];
	}

	private void record(long allowedAt) {
		if (this.size == this.ring.length && this.ring.length < this.maxCap) {
			grow();
		}
		this.ring[this.head] = allowedAt;
		this.head = (this.head + 1 == this.ring.length) ? 0 : this.head + 1;
		this.size = Math.min(this.size + 1, this.ring.length);
	}

	private void grow() {
		long[] larger = new long[(int) Math.min(this.maxCap, 2L * this.ring.length)];
		for (int k = this.size; k >= 1; k--) {
			larger[this.size - k] = recent(k);
		}
		this.ring = larger;
		this.head = this.size;
	}

	private void recover(long now) {
		if (this.current >= this.configured || this.recoveryIntervalNanos == 0) {
			this.lastChange = now;
			return;
		}
		long steps = (now - this.lastChange) / this.recoveryIntervalNanos;
		if (steps > 0) {
			this.current = Math.min(this.configured, this.current + steps * this.recoveryStep);
			this.lastChange = this.lastChange + steps * this.recoveryIntervalNanos;
		}
	}

	private static long nanos(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
	}

}
