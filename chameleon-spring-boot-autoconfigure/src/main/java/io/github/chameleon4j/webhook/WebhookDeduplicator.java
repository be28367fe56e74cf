package io.github.chameleon4j.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Remembers the ids of webhooks already handled, so that Chameleon's redeliveries (up to 9 retries
 * over about 43 hours) are acknowledged without being processed again. Memory is bounded: ids expire
 * after the window, and the oldest are evicted first once {@code maxEntries} is reached. Thread-safe;
 * in-memory, so each application instance deduplicates on its own, unless it is built with a
 * {@link SharedIds} store ({@link #shared}): a webhook that Chameleon retries to another replica is
 * then handled once across all of them.
 */
public final class WebhookDeduplicator {

	/** Longer than Chameleon's retry schedule of about 43 hours. */
	public static final Duration DEFAULT_WINDOW = Duration.ofHours(48);

	/** Default bound on remembered ids. */
	public static final int DEFAULT_MAX_ENTRIES = 10_000;

	private final Duration window;

	private final int maxEntries;

	private final Clock clock;

	// Insertion order equals first-seen order, so the head is always the oldest entry.
	private final LinkedHashMap<String, Instant> firstSeen = new LinkedHashMap<>();

	@Nullable
	private final SharedIds shared;

	private WebhookDeduplicator(Duration window, int maxEntries, Clock clock, @Nullable SharedIds shared) {
		this.window = window;
		this.maxEntries = maxEntries;
		this.clock = clock;
		this.shared = shared;
	}

	/**
	 * SPI: ids remembered across the application's replicas (e.g. Redis {@code SET NX PX}). Called
	 * from {@link WebhookReceiver#receive}, which runs where blocking is allowed (a servlet thread, or
	 * a bounded-elastic worker under WebFlux). Its answer stands; the local memory answers only while
	 * it fails.
	 */
	public interface SharedIds {

		/**
		 * Records {@code id} for {@code window} unless it is already recorded.
		 * @param id the webhook id
		 * @param window how long it is remembered
		 * @return {@code true} when it was not recorded yet
		 * @throws RuntimeException when the store is unavailable (the id then counts as first seen here)
		 */
		boolean markFirst(String id, Duration window);

		/**
		 * Forgets {@code id} (its processing failed, Chameleon's retry must be processed).
		 * @param id the webhook id
		 */
		void forget(String id);

	}

	/** A deduplicator with the default window and size bound, on the system clock. */
	public static WebhookDeduplicator create() {
		return of(DEFAULT_WINDOW, DEFAULT_MAX_ENTRIES, Clock.systemUTC());
	}

	/**
	 * A deduplicator with explicit settings.
	 * @param window how long an id is remembered
	 * @param maxEntries the most ids remembered at once
	 * @param clock the clock that defines "now"
	 */
	public static WebhookDeduplicator of(Duration window, int maxEntries, Clock clock) {
		Objects.requireNonNull(window, "window");
		Objects.requireNonNull(clock, "clock");
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("window must be positive: " + window);
		}
		if (maxEntries <= 0) {
			throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
		}
		return new WebhookDeduplicator(window, maxEntries, clock, null);
	}

	/**
	 * A deduplicator that asks {@code shared} after its own memory, so that a webhook is handled once
	 * across the application's replicas. When the store fails, the local answer stands.
	 * @param shared the store shared by the replicas
	 * @param window how long an id is remembered
	 * @param maxEntries the most ids remembered locally at once
	 * @param clock the clock that defines "now"
	 * @return the deduplicator
	 */
	public static WebhookDeduplicator shared(SharedIds shared, Duration window, int maxEntries, Clock clock) {
		Objects.requireNonNull(shared, "shared");
		WebhookDeduplicator local = of(window, maxEntries, clock);
		return new WebhookDeduplicator(local.window, local.maxEntries, local.clock, shared);
	}

	/**
	 * Records {@code id} and tells whether this is its first delivery within the window.
	 * @param id the webhook id
	 * @return {@code true} the first time, {@code false} for a redelivery
	 */
	public boolean firstDelivery(String id) {
		Objects.requireNonNull(id, "id");
		SharedIds store = this.shared;
		if (store == null) {
			return firstLocally(id);
		}
		boolean first;
		try {
			// the store is authoritative: another replica may have seen the id, or forgotten it
			first = store.markFirst(id, this.window);
		}
		catch (RuntimeException ex) {
			// the store is unavailable: deduplicate on this instance alone
			return firstLocally(id);
		}
		firstLocally(id);
		return first;
	}

	private synchronized boolean firstLocally(String id) {
		Instant now = this.clock.instant();
		evictExpired(now);
		if (this.firstSeen.containsKey(id)) {
			return false;
		}
		while (this.firstSeen.size() >= this.maxEntries) {
			Iterator<String> oldest = this.firstSeen.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		this.firstSeen.put(id, now);
		return true;
	}

	/**
	 * Forgets {@code id}, so that its next delivery counts as the first again. Used when processing
	 * failed and Chameleon should retry.
	 */
	public void forget(String id) {
		Objects.requireNonNull(id, "id");
		synchronized (this) {
			this.firstSeen.remove(id);
		}
		SharedIds store = this.shared;
		if (store != null) {
			try {
				store.forget(id);
			}
			catch (RuntimeException ex) {
				// the store is unavailable: the id expires there with its window
			}
		}
	}

	/** How many ids are currently remembered. */
	public synchronized int size() {
		evictExpired(this.clock.instant());
		return this.firstSeen.size();
	}

	private void evictExpired(Instant now) {
		Instant cutoff = now.minus(this.window);
		Iterator<Map.Entry<String, Instant>> entries = this.firstSeen.entrySet().iterator();
		while (entries.hasNext()) {
			if (entries.next().getValue().isAfter(cutoff)) {
				return;
			}
			entries.remove();
		}
	}

	@Override
	public String toString() {
		return "WebhookDeduplicator[window=" + this.window + ", maxEntries=" + this.maxEntries
				+ ((this.shared != null) ? ", shared" : "") + "]";
	}

}
