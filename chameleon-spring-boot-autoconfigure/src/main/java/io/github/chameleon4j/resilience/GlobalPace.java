package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The account-wide request pace, as a reservation schedule driven by the injected clock (so it
 * runs under virtual time): each request reserves the next free slot, {@code 60s / pace} apart,
 * with up to {@code burst} requests allowed back to back. A global 429 multiplies the pace by
 * {@code slowdownFactor} (not below the floor); each quiet {@code recoveryInterval} then adds
 * {@code recoveryStep} until the configured pace is reached again.
 * <p>
 * Resilience4j's {@code AtomicRateLimiter} is not used because it reads {@code System.nanoTime()}
 * and its reactor operator delays on the default scheduler, so it cannot be tested
 * deterministically, and it cannot lower its pace multiplicatively and recover additively.
 */
final class GlobalPace {

	private final Clock clock;

	private final double configured;

	private final double floor;

	private final double recoveryStep;

	private final Duration recoveryInterval;

	private final int burst;

	private final double slowdownFactor;

	private double current;

	private Instant nextSlot;

	private Instant lastChange;

	GlobalPace(Clock clock, double perMinute, double floor, double recoveryStep, Duration recoveryInterval, int burst,
			double slowdownFactor) {
		this.clock = clock;
		this.configured = perMinute;
		this.floor = Math.min(floor, perMinute);
		this.recoveryStep = recoveryStep;
		this.recoveryInterval = recoveryInterval;
		this.burst = Math.max(1, burst);
		this.slowdownFactor = slowdownFactor;
		this.current = perMinute;
		this.nextSlot = clock.instant();
		this.lastChange = this.nextSlot;
	}

	/**
	 * Reserves a slot for one request.
	 * @return how long the caller must wait before sending (zero when it may send now)
	 */
	synchronized Duration reserve() {
		Instant now = this.clock.instant();
		recover(now);
		Duration interval = Duration.ofNanos((long) (60_000_000_000d / this.current));
		Instant slot = this.nextSlot.isAfter(now) ? this.nextSlot : now;
		Instant allowedAt = slot.minus(interval.multipliedBy(this.burst - 1L));
		this.nextSlot = slot.plus(interval);
		return allowedAt.isAfter(now) ? Duration.between(now, allowedAt) : Duration.ZERO;
	}

	/** Lowers the pace after a global 429. */
	synchronized void slowDown() {
		Instant now = this.clock.instant();
		this.current = Math.max(this.floor, this.current * this.slowdownFactor);
		this.lastChange = now;
	}

	synchronized double currentPerMinute() {
		recover(this.clock.instant());
		return this.current;
	}

	private void recover(Instant now) {
		if (this.current >= this.configured || this.recoveryInterval.isZero()) {
			this.lastChange = now;
			return;
		}
		long steps = Duration.between(this.lastChange, now).toMillis() / Math.max(1, this.recoveryInterval.toMillis());
		if (steps > 0) {
			this.current = Math.min(this.configured, this.current + steps * this.recoveryStep);
			this.lastChange = this.lastChange.plus(this.recoveryInterval.multipliedBy(steps));
		}
	}

}
