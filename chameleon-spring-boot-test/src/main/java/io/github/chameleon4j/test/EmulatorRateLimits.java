package io.github.chameleon4j.test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Runtime switches for the three rate-limit strategies of API §3.3. Obtain it from
 * {@link ChameleonEmulator#rateLimits()}; every switch takes effect for the next request.
 * <ul>
 * <li>{@code global}: at most N requests per sliding window; excess gets 429 with {@code X-Retry-After}. Off by
 * default (the real default would be 120 per minute).</li>
 * <li>{@code bucket}: at most N requests started per fixed window; excess gets 429 with {@code X-Ratelimit-Wait}
 * and body {@code wait}. Off by default.</li>
 * <li>{@code max_concurrent}: per {@link ConcurrencyGroup}, requests beyond the pool queue for up to the queue
 * timeout (4 s), then get 429 with {@code X-Ratelimit-Limit} and body {@code limit}. On by default, as on the real
 * API.</li>
 * </ul>
 * Window accounting uses the emulator's {@link java.time.Clock}; queue timeouts use its Reactor scheduler.
 */
public final class EmulatorRateLimits {

	/** The real API's queue time for {@code max_concurrent} requests. */
	public static final Duration DEFAULT_QUEUE_TIMEOUT = Duration.ofSeconds(4);

	private final boolean defaultMaxConcurrentEnabled;

	private final Duration defaultQueueTimeout;

	private final RequestWindow global = new RequestWindow(true, 120, Duration.ofMinutes(1));

	private final RequestWindow bucket = new RequestWindow(false, 10, Duration.ofSeconds(10));

	private final Map<ConcurrencyGroup, Integer> limits = new EnumMap<>(ConcurrencyGroup.class);

	private final Map<String, ConcurrencyPool> pools = new ConcurrentHashMap<>();

	private volatile boolean globalEnabled;

	private volatile boolean bucketEnabled;

	private volatile boolean maxConcurrentEnabled;

	private volatile Duration queueTimeout;

	EmulatorRateLimits(boolean maxConcurrentEnabled, Duration queueTimeout) {
		this.defaultMaxConcurrentEnabled = maxConcurrentEnabled;
		this.defaultQueueTimeout = queueTimeout;
		reset();
	}

	/** Enables the {@code global} strategy: at most {@code requests} per sliding {@code window}. */
	public EmulatorRateLimits global(int requests, Duration window) {
		this.global.configure(requests, window);
		this.globalEnabled = true;
		return this;
	}

	public EmulatorRateLimits disableGlobal() {
		this.globalEnabled = false;
		return this;
	}

	/** Enables the {@code bucket} strategy: at most {@code requests} started per fixed {@code window}. */
	public EmulatorRateLimits bucket(int requests, Duration window) {
		this.bucket.configure(requests, window);
		this.bucketEnabled = true;
		return this;
	}

	public EmulatorRateLimits disableBucket() {
		this.bucketEnabled = false;
		return this;
	}

	/** Sets the pool size of one {@code max_concurrent} group. */
	public EmulatorRateLimits maxConcurrent(ConcurrencyGroup group, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1, was " + limit);
		}
		synchronized (this.limits) {
			this.limits.put(group, limit);
		}
		return this;
	}

	/** Whether {@code max_concurrent} pools apply (they do by default). */
	public EmulatorRateLimits maxConcurrentEnabled(boolean enabled) {
		this.maxConcurrentEnabled = enabled;
		return this;
	}

	/** How long a request beyond its pool waits for a free slot before 429 (default 4 s). */
	public EmulatorRateLimits queueTimeout(Duration timeout) {
		if (timeout == null || timeout.isNegative()) {
			throw new IllegalArgumentException("queueTimeout must not be negative, was " + timeout);
		}
		this.queueTimeout = timeout;
		return this;
	}

	public int maxConcurrent(ConcurrencyGroup group) {
		synchronized (this.limits) {
			return this.limits.get(group);
		}
	}

	/** Requests of the group currently holding a slot (summed over profiles for delivery creation). */
	public int inFlight(ConcurrencyGroup group) {
		return this.pools.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(group.name()))
			.mapToInt((entry) -> entry.getValue().inFlight())
			.sum();
	}

	/** Requests of the group currently queued for a slot. */
	public int queued(ConcurrencyGroup group) {
		return this.pools.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(group.name()))
			.mapToInt((entry) -> entry.getValue().queued())
			.sum();
	}

	/** Restores the builder's defaults: global and bucket off, documented pool sizes, windows emptied. */
	public void reset() {
		this.globalEnabled = false;
		this.bucketEnabled = false;
		this.global.configure(120, Duration.ofMinutes(1));
		this.bucket.configure(10, Duration.ofSeconds(10));
		this.maxConcurrentEnabled = this.defaultMaxConcurrentEnabled;
		this.queueTimeout = this.defaultQueueTimeout;
		synchronized (this.limits) {
			for (ConcurrencyGroup group : ConcurrencyGroup.values()) {
				this.limits.put(group, group.defaultLimit());
			}
		}
	}

	/** 0 when admitted by the global window, else the seconds for {@code X-Retry-After}. */
	long checkGlobal(Instant now) {
		return this.globalEnabled ? this.global.tryAcquire(now) : 0;
	}

	/** 0 when admitted by the bucket, else the seconds for {@code X-Ratelimit-Wait}. */
	long checkBucket(Instant now) {
		return this.bucketEnabled ? this.bucket.tryAcquire(now) : 0;
	}

	boolean concurrencyApplies(ConcurrencyGroup group) {
		return group != null && this.maxConcurrentEnabled;
	}

	ConcurrencyPool pool(ConcurrencyGroup group, String key) {
		String name = (key != null) ? group.name() + ":" + key : group.name();
		return this.pools.computeIfAbsent(name, (n) -> new ConcurrencyPool());
	}

	Mono<Boolean> acquire(ConcurrencyPool pool, ConcurrencyGroup group, Scheduler scheduler) {
		return pool.acquire(maxConcurrent(group), this.queueTimeout, scheduler);
	}

}
