package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.event.RateLimiterOnDrainedEvent;
import io.github.resilience4j.ratelimiter.event.RateLimiterOnFailureEvent;
import io.github.resilience4j.ratelimiter.event.RateLimiterOnSuccessEvent;
import io.github.resilience4j.ratelimiter.internal.RateLimiterEventProcessor;
import org.jspecify.annotations.Nullable;

/**
 * The client's {@link GlobalPace} as a Resilience4j {@link RateLimiter}, so that it shows in the
 * application's {@code RateLimiterRegistry} (Actuator's {@code ratelimiters} and
 * {@code ratelimiterevents}, the {@code resilience4j.ratelimiter.*} meters) and so that a caller's
 * own work decorated with it ({@code RateLimiterOperator.of(limiter)}, {@code decorateSupplier},
 * {@code @RateLimiter(name = "chameleon")}) counts against the same account-wide pace as the
 * client's requests.
 * <p>
 * The pace is a sliding window plus a token bucket whose level a global 429 lowers, which a
 * Resilience4j configuration cannot express; the mapping is:
 * <ul>
 * <li>{@link #reservePermission(int)} reserves slots in the pace (never blocks) and answers the
 * nanoseconds to wait, or {@code -1} when the wait would exceed the timeout duration (nothing is then
 * reserved). {@link #acquirePermission(int)} does the same and parks the calling thread for the
 * wait: it is the one blocking method, as in Resilience4j.</li>
 * <li>{@link #getRateLimiterConfig()} reflects the current level: {@code limitForPeriod} is the
 * current window cap, {@code limitRefreshPeriod} the pace's window (it is a sliding window kept 1%
 * longer, not a fixed cycle), {@code timeoutDuration} the timeout for callers of this interface.</li>
 * <li>{@link #changeLimitForPeriod(int)} sets the configured pace to that many requests per window
 * (the ceiling in {@link PaceMode#ADAPTIVE} mode); {@link #changeTimeoutDuration(Duration)} sets the
 * timeout for callers of this interface only: the client's own requests wait as long as their
 * deadline allows.</li>
 * <li>{@link Metrics#getAvailablePermissions()} is what could be sent now without waiting (the
 * smaller of the bucket's burst left and the window's room), or minus the reservations still
 * waiting; {@link Metrics#getNumberOfWaitingThreads()} counts those waiting reservations, callers
 * that are delayed without holding a thread included.</li>
 * <li>In shared mode ({@link SharedCoordination}) the level these report is the shared one: the
 * {@code limitForPeriod}, the available permissions and the waiting count follow the level and the
 * room the store last reported and the client's callers waiting for a shared slot, and the local
 * fallback pace's while the store does not answer. Reservations made through this interface are still
 * taken from the local pace at the whole allowance (the interface answers synchronously; it does not
 * ask the store).</li>
 * <li>Events: a successful acquire for every reservation (the client's own included), a failed one
 * when a wait would exceed the timeout, a drained one for {@link #drainPermissions()}; published
 * only while someone consumes them.</li>
 * </ul>
 */
final class PaceRateLimiter implements RateLimiter {

	private final String name;

	private final GlobalPace pace;

	private final RateLimiterEventProcessor events = new RateLimiterEventProcessor();

	private final PaceMetrics metrics = new PaceMetrics();

	private volatile Duration timeout;

	/** In shared mode: where the level in force is read. */
	@Nullable
	private volatile SharedCoordinator shared;

	/** The config last handed out, rebuilt only when the cap or the timeout has changed. */
	private volatile RateLimiterConfig config;

	PaceRateLimiter(String name, GlobalPace pace, Duration timeout) {
		this.name = name;
		this.pace = pace;
		this.timeout = timeout;
		this.config = config(pace.windowCap(), timeout);
	}

	/**
	 * Creates the limiter and, when a registry is given, puts it there under {@code name} in place of
	 * any instance of that name. Its timeout for callers of the interface is that of an instance
	 * already registered under the name (e.g. from {@code resilience4j.ratelimiter.instances.<name>}),
	 * else that of the registry's configuration of that name, else of its default configuration.
	 */
	static PaceRateLimiter create(String name, GlobalPace pace, @Nullable RateLimiterRegistry registry) {
		if (registry == null) {
			return new PaceRateLimiter(name, pace, RateLimiterConfig.ofDefaults().getTimeoutDuration());
		}
		Duration timeout = registry.find(name)
			.map((existing) -> existing.getRateLimiterConfig().getTimeoutDuration())
			.or(() -> registry.getConfiguration(name).map(RateLimiterConfig::getTimeoutDuration))
			.orElseGet(() -> registry.getDefaultConfig().getTimeoutDuration());
		PaceRateLimiter limiter = new PaceRateLimiter(name, pace, timeout);
		// a registry adds an entry only through its own factory, and replaces only one that exists
		registry.rateLimiter(name);
		registry.replace(name, limiter);
		return limiter;
	}

	GlobalPace pace() {
		return this.pace;
	}

	/** Reports the shared level (or the local fallback's while degraded) rather than the local pace's. */
	void shareWith(SharedCoordinator shared) {
		this.shared = shared;
	}

	private int windowCap() {
		SharedCoordinator shared = this.shared;
		return (shared != null) ? shared.windowCap() : this.pace.windowCap();
	}

	/**
	 * Reserves a slot for one of the client's own requests, whatever the wait: its deadline bounds it.
	 * @return the reservation
	 */
	GlobalPace.Reservation reserveForClient() {
		GlobalPace.Reservation reservation = this.pace.reserve();
		if (this.events.hasConsumers()) {
			this.events.consumeEvent(new RateLimiterOnSuccessEvent(this.name, 1));
		}
		return reservation;
	}

	@Override
	public long reservePermission(int permits) {
		requirePermits(permits);
		long wait = this.pace.reserve(permits, this.timeout.toNanos());
		if (this.events.hasConsumers()) {
			this.events.consumeEvent((wait >= 0) ? new RateLimiterOnSuccessEvent(this.name, permits)
					: new RateLimiterOnFailureEvent(this.name, permits));
		}
		return wait;
	}

	@Override
	public boolean acquirePermission(int permits) {
		long wait = reservePermission(permits);
		if (wait < 0) {
			return false;
		}
		// the blocking method of the interface: the slot is reserved, the caller's thread waits for it
		long deadline = System.nanoTime() + wait;
		for (long left = wait; left > 0; left = deadline - System.nanoTime()) {
			LockSupport.parkNanos(left);
			if (Thread.currentThread().isInterrupted()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void drainPermissions() {
		int drained = this.pace.drain();
		if (this.events.hasConsumers()) {
			this.events.consumeEvent(new RateLimiterOnDrainedEvent(this.name, drained));
		}
	}

	@Override
	public void changeTimeoutDuration(Duration timeoutDuration) {
		if (timeoutDuration == null || timeoutDuration.isNegative()) {
			throw new IllegalArgumentException("timeoutDuration must be a non-negative duration, was " + timeoutDuration);
		}
		this.timeout = timeoutDuration;
	}

	@Override
	public void changeLimitForPeriod(int limitForPeriod) {
		if (limitForPeriod < 1) {
			throw new IllegalArgumentException("limitForPeriod must be at least 1, was " + limitForPeriod);
		}
		Duration window = this.pace.window();
		this.pace.configure(limitForPeriod * 60_000_000_000d / window.toNanos());
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public RateLimiterConfig getRateLimiterConfig() {
		int cap = windowCap();
		Duration timeout = this.timeout;
		RateLimiterConfig current = this.config;
		if (current.getLimitForPeriod() != cap || !current.getTimeoutDuration().equals(timeout)) {
			current = config(cap, timeout);
			this.config = current;
		}
		return current;
	}

	private RateLimiterConfig config(int cap, Duration timeout) {
		return RateLimiterConfig.custom()
			.limitForPeriod(cap)
			.limitRefreshPeriod(this.pace.window())
			.timeoutDuration(timeout)
			.build();
	}

	@Override
	public Map<String, String> getTags() {
		return Map.of();
	}

	@Override
	public Metrics getMetrics() {
		return this.metrics;
	}

	@Override
	public EventPublisher getEventPublisher() {
		return this.events;
	}

	@Override
	public String toString() {
		SharedCoordinator shared = this.shared;
		double perMinute = (shared != null) ? shared.currentPerMinute() : this.pace.currentPerMinute();
		return "PaceRateLimiter{name='" + this.name + "', mode=" + this.pace.mode() + ", perMinute=" + perMinute
				+ ", window=" + this.pace.window() + ((shared != null) ? ", shared" : "") + "}";
	}

	private static void requirePermits(int permits) {
		if (permits < 1) {
			throw new IllegalArgumentException("permits must be at least 1, was " + permits);
		}
	}

	private final class PaceMetrics implements Metrics {

		@Override
		public int getNumberOfWaitingThreads() {
			SharedCoordinator shared = PaceRateLimiter.this.shared;
			return (shared != null) ? shared.waiting() : PaceRateLimiter.this.pace.waiting();
		}

		@Override
		public int getAvailablePermissions() {
			SharedCoordinator shared = PaceRateLimiter.this.shared;
			return (shared != null) ? shared.availablePermissions() : PaceRateLimiter.this.pace.availablePermissions();
		}

	}

}
