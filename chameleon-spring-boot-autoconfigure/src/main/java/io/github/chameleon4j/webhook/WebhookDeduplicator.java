package io.github.chameleon4j.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import reactor.core.publisher.Mono;

/**
 * Remembers the ids of webhooks, so that Chameleon's redeliveries (up to 9 retries over about 43
 * hours) are acknowledged without being processed again, and a webhook whose processing failed is
 * processed again when Chameleon retries it. Non-blocking: every answer is a {@link Mono}.
 *
 * <p>{@link WebhookReceiver} uses it in three steps: {@link #claim} an id before the consumer runs
 * (only one delivery of an id is handled at a time), then {@link #keep} it when the consumer
 * succeeded (redeliveries are duplicates for the window) or {@link #release} it when the consumer
 * failed (the next redelivery is handled). An implementation answers {@code claim} atomically; its
 * {@code keep} and {@code release} complete empty.
 *
 * <p>Two implementations: {@link #inMemory(Duration, int, Clock)} on each instance, and
 * {@link #shared(WebhookDeduplicator, Duration, WebhookDeduplicator)}, which adds a store shared by
 * the application's replicas (such as {@code io.github.chameleon4j.shared.RedisWebhookDeduplication})
 * in front of which the local memory keeps answering while the store is slow or down.
 */
public interface WebhookDeduplicator {

	/** Longer than Chameleon's retry schedule of about 43 hours. */
	Duration DEFAULT_WINDOW = Duration.ofHours(48);

	/** Default bound on ids remembered in memory. */
	int DEFAULT_MAX_ENTRIES = 10_000;

	/**
	 * Claims {@code id} for the caller, unless another delivery of it holds or held it.
	 * @param id the webhook id
	 * @return {@link Claim#CLAIMED} when the caller must process it (and then {@link #keep} or
	 * {@link #release} it), else why not
	 */
	Mono<Claim> claim(String id);

	/**
	 * Remembers {@code id} as processed: its redeliveries within the window are duplicates.
	 * @param id an id the caller claimed
	 * @return completes empty once recorded
	 */
	Mono<Void> keep(String id);

	/**
	 * Forgets {@code id}: its processing failed, so Chameleon's retry must be processed.
	 * @param id an id the caller claimed
	 * @return completes empty once recorded
	 */
	Mono<Void> release(String id);

	/** What {@link #claim} found. */
	enum Claim {

		/** First delivery (or one released after a failure): the caller processes it. */
		CLAIMED,

		/** Another delivery of the id is being processed (here or on another replica); its outcome is open. */
		IN_PROGRESS,

		/** The id was processed successfully within the window: a redelivery to acknowledge. */
		HANDLED

	}

	/**
	 * Ids remembered in this instance's memory, with the default window and size bound, on the system
	 * clock.
	 * @return the deduplicator
	 */
	static WebhookDeduplicator inMemory() {
		return inMemory(DEFAULT_WINDOW, DEFAULT_MAX_ENTRIES, Clock.systemUTC());
	}

	/**
	 * Ids remembered in this instance's memory. Memory is bounded: ids expire {@code window} after
	 * their claim, and the oldest are evicted first once {@code maxEntries} is reached. Answers at once,
	 * on the subscribing thread.
	 * @param window how long an id is remembered
	 * @param maxEntries the most ids remembered at once
	 * @param clock the clock that defines "now"
	 * @return the deduplicator
	 * @throws IllegalArgumentException when {@code window} or {@code maxEntries} is not positive
	 */
	static WebhookDeduplicator inMemory(Duration window, int maxEntries, Clock clock) {
		return new InMemoryWebhookDeduplicator(window, maxEntries, clock);
	}

	/**
	 * Ids remembered in {@code store}, shared by the application's replicas, so that a webhook is
	 * processed once across them; {@code local} (usually {@link #inMemory(Duration, int, Clock)}) is
	 * asked first and keeps a delivery from being processed twice on this instance. Every call to the
	 * store is bounded by {@code timeout} (a cold connection gets at least 2 s for its first answer);
	 * a store that fails or does not answer in time never fails a webhook: the local answer stands.
	 * @param store the store shared by the replicas
	 * @param timeout the longest wait for one answer of the store
	 * @param local the memory of this instance
	 * @return the deduplicator
	 * @throws IllegalArgumentException when {@code timeout} is not positive
	 */
	static WebhookDeduplicator shared(WebhookDeduplicator store, Duration timeout, WebhookDeduplicator local) {
		Objects.requireNonNull(store, "store");
		Objects.requireNonNull(local, "local");
		return new SharedWebhookDeduplicator(store, timeout, local);
	}

}
