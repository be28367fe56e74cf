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
 * requests sent in the trailing window, less the global 429s answered in it (the server does not
 * count what it refused). One 429 from arrival jitter at the full cap so costs one request per
 * window, while a pace above the account's allowance drops to the allowance at once. One step never
 * lowers it by more than {@code slowdownFactor} nor below the floor. What follows depends on the
 * {@link PaceMode}: {@code FIXED} adds {@code recoveryStep} per quiet {@code recoveryInterval} until
 * the configured pace is reached again; {@code ADAPTIVE} holds the level it fell to for a quiet
 * {@code probeInterval}, then probes one request per window higher, doubling the step after each
 * quiet window, up to the configured pace (its ceiling).
 * <p>
 * Lowering the pace also moves the slots reserved at the higher pace and not yet due to where the
 * lower pace puts them, in the same order; a caller asks for its slot again once its wait is over
 * ({@link #slot(long)}), so the callers queued before a 429 do not go out at the old rate once
 * the cool-down ends.
 * <p>
 * This is the client's own limiter rather than Resilience4j's {@code AtomicRateLimiter} for its
 * behaviour, not its clock (Resilience4j 2.4 accepts a nano-time supplier): that limiter refills a
 * fixed number of permits per fixed cycle, which lets {@code 2 * limit} through within any window
 * that straddles a cycle boundary, and it has no notion of lowering its limit on a 429 and
 * recovering. {@link PaceRateLimiter} exposes this pace as a Resilience4j {@code RateLimiter}.
 */
final class GlobalPace {

	private static final double NANOS_PER_MINUTE = 60_000_000_000d;

	/** The ring starts small and doubles up to the configured cap, so a huge pace costs memory only when used. */
	private static final int INITIAL_RING = 128;

	private final Clock clock;

	private final PaceMode mode;

	private final double floorSetting;

	private final double recoveryStep;

	private final long recoveryIntervalNanos;

	private final long probeIntervalNanos;

	private final int burst;

	private final double slowdownFactor;

	private final long windowNanos;

	private final long marginNanos;

	/** One more request per window, in requests per minute: the first probe step. */
	private final double oneRequestPerWindow;

	/** The configured pace: the one recovered to ({@code FIXED}), the ceiling probed up to ({@code ADAPTIVE}). */
	private double configured;

	private double floor;

	/** The cap at the highest configured pace: the most reservations the window check ever looks back over. */
	private int maxCap;

	private double current;

	/** {@code ADAPTIVE}: the step of the probe in progress, requests per minute; 0 while holding. */
	private double probeStep;

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

	/** When the most recent global 429s were answered (epoch nanos), oldest first from {@code refusedHead - refusedSize}. */
	private long[] refused = new long[8];

	private int refusedHead;

	private int refusedSize;

	/** A {@link PaceMode#FIXED} pace (for tests). */
	GlobalPace(Clock clock, double perMinute, double floor, double recoveryStep, Duration recoveryInterval, int burst,
			double slowdownFactor, Duration window) {
		this(clock, PaceMode.FIXED, perMinute, floor, recoveryStep, recoveryInterval, Duration.ofMinutes(5), burst,
				slowdownFactor, window);
	}

	GlobalPace(Clock clock, PaceMode mode, double perMinute, double floor, double recoveryStep,
			Duration recoveryInterval, Duration probeInterval, int burst, double slowdownFactor, Duration window) {
		this.clock = clock;
		this.mode = mode;
		this.configured = perMinute;
		this.floorSetting = floor;
		this.floor = Math.min(floor, perMinute);
		this.recoveryStep = recoveryStep;
		this.recoveryIntervalNanos = recoveryInterval.toNanos();
		this.probeIntervalNanos = Math.max(1, probeInterval.toNanos());
		this.burst = Math.max(1, burst);
		this.slowdownFactor = slowdownFactor;
		this.windowNanos = window.toNanos();
		this.marginNanos = this.windowNanos / 100;
		this.oneRequestPerWindow = NANOS_PER_MINUTE / this.windowNanos;
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
	 * @param slot when it may be sent, epoch nanos
	 */
	record Reservation(long ticket, Duration delay, long slot) {
	}

	/**
	 * Reserves a slot for one request.
	 * @return the reservation
	 */
	synchronized Reservation reserve() {
		long now = nanos(this.clock.instant());
		recover(now);
		long allowedAt = allowedAt(now);
		commit(allowedAt);
		return new Reservation(this.reserved, Duration.ofNanos(allowedAt - now), allowedAt);
	}

	/**
	 * Reserves slots for {@code permits} requests if the last of them may be sent within
	 * {@code maxWaitNanos}; otherwise reserves nothing.
	 * @param permits at least 1
	 * @param maxWaitNanos the longest acceptable wait
	 * @return the nanoseconds to wait before sending (0 for now), or -1 when nothing was reserved
	 */
	synchronized long reserve(int permits, long maxWaitNanos) {
		long now = nanos(this.clock.instant());
		recover(now);
		if (permits == 1) {
			long allowedAt = allowedAt(now);
			if (allowedAt - now > maxWaitNanos) {
				return -1;
			}
			commit(allowedAt);
			return allowedAt - now;
		}
		long savedNextSlot = this.nextSlot;
		long savedReserved = this.reserved;
		int savedHead = this.head;
		int savedSize = this.size;
		long[] savedRing = this.ring.clone();
		long last = now;
		for (int i = 0; i < permits; i++) {
			last = allowedAt(now);
			commit(last);
		}
		if (last - now > maxWaitNanos) {
			this.nextSlot = savedNextSlot;
			this.reserved = savedReserved;
			this.head = savedHead;
			this.size = savedSize;
			this.ring = savedRing;
			return -1;
		}
		return last - now;
	}

	/** When the next reservation may be sent; changes nothing. */
	private long allowedAt(long now) {
		long interval = interval();
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
		return allowedAt;
	}

	private void commit(long allowedAt) {
		// the bucket counts the request at the time it is actually sent, so a window delay cannot bank extra burst
		this.nextSlot = Math.max(this.nextSlot, allowedAt) + interval();
		record(allowedAt);
		this.reserved++;
	}

	/**
	 * Where a reservation's slot is now: later than it was reserved when the pace was lowered since.
	 * @param ticket the reservation's ticket
	 * @return the slot, epoch nanos, or {@code Long.MIN_VALUE} when the ticket is no longer retained
	 */
	synchronized long slot(long ticket) {
		int index = indexOf(ticket);
		return (index < 0) ? Long.MIN_VALUE : this.ring[index];
	}

	/**
	 * Records that a reserved request was sent, or answered, now, if later than its slot (it may have
	 * waited for a permit, the gate or a cold connection). Later reservations then count the window
	 * from no earlier than the server can have counted it: the server's window holds arrivals, and a
	 * request arrives before it is answered.
	 * @param ticket the reservation's ticket
	 */
	synchronized void sent(long ticket) {
		int index = indexOf(ticket);
		if (index >= 0) {
			this.ring[index] = Math.max(this.ring[index], nanos(this.clock.instant()));
		}
	}

	/** The ring index of a retained ticket, or -1. */
	private int indexOf(long ticket) {
		long back = this.reserved - ticket + 1;
		if (back < 1 || back > this.size) {
			return -1;
		}
		int index = (int) (this.head - back);
		return (index < 0) ? index + this.ring.length : index;
	}

	/**
	 * Lowers the pace after a global 429 to the rate the trailing window shows the server accepts:
	 * what was sent in it, less the global 429s answered in it, this one included.
	 */
	synchronized void slowDown() {
		long now = nanos(this.clock.instant());
		recover(now);
		int refusals = refusedSince(now - this.windowNanos) + 1;
		recordRefusal(now);
		double accepted = (sentSince(now - this.windowNanos, now) - refusals) * NANOS_PER_MINUTE / this.windowNanos;
		double lowest = Math.max(this.floor, this.current * this.slowdownFactor);
		lowerTo(Math.max(lowest, Math.min(this.current, accepted)), now);
	}

	private void lowerTo(double pace, long now) {
		boolean lower = pace < this.current;
		this.current = pace;
		this.probeStep = 0;
		this.lastChange = now;
		if (lower) {
			reschedule(now);
		}
	}

	/**
	 * Moves the slots that are not yet due to where the current pace puts them, in order, as if they
	 * were reserved again now, after the requests that have been sent (the last one just now).
	 */
	private void reschedule(long now) {
		int due = 0;
		while (due < this.size && recent(due + 1) > now) {
			due++;
		}
		if (due == 0) {
			return;
		}
		this.head = (this.head - due < 0) ? this.head - due + this.ring.length : this.head - due;
		this.size -= due;
		this.reserved -= due;
		this.nextSlot = now + interval();
		for (int i = 0; i < due; i++) {
			commit(allowedAt(now));
		}
	}

	/**
	 * Sets the configured pace: the pace recovered to, or the adaptive ceiling. A pace at the old
	 * configured value moves with it; a lowered one stays where it is, unless above the new value.
	 * @param perMinute requests per minute, positive
	 */
	synchronized void configure(double perMinute) {
		long now = nanos(this.clock.instant());
		recover(now);
		boolean atConfigured = this.current >= this.configured;
		this.configured = perMinute;
		this.floor = Math.min(this.floorSetting, perMinute);
		this.maxCap = Math.max(this.maxCap, capAt(perMinute));
		if (atConfigured || this.current > perMinute) {
			lowerTo(perMinute, now);
		}
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
		this.probeStep = 0;
		this.refusedHead = 0;
		this.refusedSize = 0;
	}

	private int refusedSince(long from) {
		int count = 0;
		for (int k = 1; k <= this.refusedSize; k++) {
			int index = this.refusedHead - k;
			if (this.refused[(index < 0) ? index + this.refused.length : index] > from) {
				count++;
			}
		}
		return count;
	}

	private void recordRefusal(long now) {
		if (this.refusedSize == this.refused.length && this.refused.length < this.maxCap + 1) {
			long[] larger = new long[Math.min(this.maxCap + 1, 2 * this.refused.length)];
			for (int k = this.refusedSize; k >= 1; k--) {
				int index = this.refusedHead - k;
				larger[this.refusedSize - k] = this.refused[(index < 0) ? index + this.refused.length : index];
			}
			this.refused = larger;
			this.refusedHead = this.refusedSize;
		}
		this.refused[this.refusedHead] = now;
		this.refusedHead = (this.refusedHead + 1 == this.refused.length) ? 0 : this.refusedHead + 1;
		this.refusedSize = Math.min(this.refusedSize + 1, this.refused.length);
	}

	synchronized double currentPerMinute() {
		recover(nanos(this.clock.instant()));
		return this.current;
	}

	synchronized double configuredPerMinute() {
		return this.configured;
	}

	PaceMode mode() {
		return this.mode;
	}

	Duration window() {
		return Duration.ofNanos(this.windowNanos);
	}

	/**
	 * The most reservations allowed in any trailing window at the current pace.
	 * @return at least 1
	 */
	synchronized int windowCap() {
		recover(nanos(this.clock.instant()));
		return capNow();
	}

	/**
	 * How many requests could be sent now without waiting, or minus the number of reservations still
	 * waiting for their slot.
	 * @return the permissions available now
	 */
	synchronized int availablePermissions() {
		long now = nanos(this.clock.instant());
		recover(now);
		int waiting = waitingAt(now);
		if (waiting > 0) {
			return -waiting;
		}
		long interval = interval();
		long ahead = Math.max(this.nextSlot, now) - now;
		long tokens = this.burst - (ahead + interval - 1) / interval;
		int room = capNow() - sentSince(now - this.windowNanos - this.marginNanos, now);
		return (int) Math.max(0, Math.min(tokens, room));
	}

	/**
	 * Reservations whose slot is still ahead: callers waiting to send.
	 * @return the number of waiting reservations
	 */
	synchronized int waiting() {
		return waitingAt(nanos(this.clock.instant()));
	}

	private int waitingAt(long now) {
		return sentSince(now, Long.MAX_VALUE);
	}

	/**
	 * Uses up what may be sent now: the rest of the trailing window's room and the bucket's burst.
	 * @return how many permissions were drained
	 */
	synchronized int drain() {
		long now = nanos(this.clock.instant());
		recover(now);
		int room = Math.max(0, capNow() - sentSince(now - this.windowNanos - this.marginNanos, Long.MAX_VALUE));
		for (int i = 0; i < room; i++) {
			record(now);
			this.reserved++;
		}
		this.nextSlot = Math.max(this.nextSlot, now + interval() * this.burst);
		return room;
	}

	/** How many reservation times are kept (never more than the cap at the configured pace). */
	synchronized int retained() {
		return this.size;
	}

	private long interval() {
		return (long) (NANOS_PER_MINUTE / this.current);
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
		if (this.current >= this.configured) {
			this.lastChange = now;
			this.probeStep = 0;
			return;
		}
		if (this.mode == PaceMode.ADAPTIVE) {
			probe(now);
			return;
		}
		if (this.recoveryIntervalNanos == 0) {
			this.lastChange = now;
			return;
		}
		long steps = (now - this.lastChange) / this.recoveryIntervalNanos;
		if (steps > 0) {
			this.current = Math.min(this.configured, this.current + steps * this.recoveryStep);
			this.lastChange = this.lastChange + steps * this.recoveryIntervalNanos;
		}
	}

	/**
	 * {@code ADAPTIVE}: after a quiet probe interval at the level the last 429 left, one more request
	 * per window; after each quiet window at a probe level, twice the previous step.
	 */
	private void probe(long now) {
		long period = (this.probeStep == 0) ? this.probeIntervalNanos : this.windowNanos;
		while (this.current < this.configured && now - this.lastChange >= period) {
			this.lastChange += period;
			this.probeStep = (this.probeStep == 0) ? this.oneRequestPerWindow : 2 * this.probeStep;
			this.current = Math.min(this.configured, this.current + this.probeStep);
			period = this.windowNanos;
		}
	}

	private static long nanos(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
	}

}
