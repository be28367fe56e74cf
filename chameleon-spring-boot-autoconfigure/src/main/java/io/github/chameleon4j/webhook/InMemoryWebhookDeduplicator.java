package io.github.chameleon4j.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import reactor.core.publisher.Mono;

/**
 * {@link WebhookDeduplicator#inMemory(Duration, int, Clock)}: a bounded map from id to its claim,
 * guarded by this object's monitor (each step is a few map operations, never a wait).
 */
final class InMemoryWebhookDeduplicator implements WebhookDeduplicator {

	private final Duration window;

	private final int maxEntries;

	private final Clock clock;

	// Insertion order equals claim order, so the head is always the oldest entry.
	private final LinkedHashMap<String, Entry> claims = new LinkedHashMap<>();

	InMemoryWebhookDeduplicator(Duration window, int maxEntries, Clock clock) {
		Objects.requireNonNull(window, "window");
		Objects.requireNonNull(clock, "clock");
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("window must be positive: " + window);
		}
		if (maxEntries <= 0) {
			throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
		}
		this.window = window;
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	@Override
	public Mono<Claim> claim(String id) {
		Objects.requireNonNull(id, "id");
		return Mono.fromSupplier(() -> claimNow(id));
	}

	@Override
	public Mono<Void> keep(String id) {
		Objects.requireNonNull(id, "id");
		return Mono.fromRunnable(() -> keepNow(id));
	}

	@Override
	public Mono<Void> release(String id) {
		Objects.requireNonNull(id, "id");
		return Mono.fromRunnable(() -> releaseNow(id));
	}

	private synchronized Claim claimNow(String id) {
		Instant now = this.clock.instant();
		evictExpired(now);
		Entry entry = this.claims.get(id);
		if (entry != null) {
			return entry.kept() ? Claim.HANDLED : Claim.IN_PROGRESS;
		}
		remember(id, new Entry(now, false));
		return Claim.CLAIMED;
	}

	private synchronized void keepNow(String id) {
		Entry entry = this.claims.get(id);
		if (entry != null) {
			// replacing a value keeps its place in the order
			this.claims.put(id, new Entry(entry.claimedAt(), true));
		}
		else {
			// evicted while it was processed: remembered from now, the newest entry
			remember(id, new Entry(this.clock.instant(), true));
		}
	}

	private void remember(String id, Entry entry) {
		while (this.claims.size() >= this.maxEntries) {
			Iterator<String> oldest = this.claims.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		this.claims.put(id, entry);
	}

	private synchronized void releaseNow(String id) {
		this.claims.remove(id);
	}

	/** How many ids are currently remembered. */
	synchronized int size() {
		evictExpired(this.clock.instant());
		return this.claims.size();
	}

	private void evictExpired(Instant now) {
		Instant cutoff = now.minus(this.window);
		Iterator<Map.Entry<String, Entry>> entries = this.claims.entrySet().iterator();
		while (entries.hasNext()) {
			if (entries.next().getValue().claimedAt().isAfter(cutoff)) {
				return;
			}
			entries.remove();
		}
	}

	@Override
	public String toString() {
		return "WebhookDeduplicator[window=" + this.window + ", maxEntries=" + this.maxEntries + "]";
	}

	private record Entry(Instant claimedAt, boolean kept) {
	}

}
