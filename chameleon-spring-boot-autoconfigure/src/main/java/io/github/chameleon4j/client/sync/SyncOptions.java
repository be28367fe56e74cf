package io.github.chameleon4j.client.sync;

import java.time.Duration;

import io.github.chameleon4j.client.HookOperations;

/**
 * How a {@link BulkSync} cuts its input into batches and sends them. Immutable; each {@code with...} method returns
 * a copy.
 * <pre>{@code
 * SyncOptions.defaults().withLinger(Duration.ofSeconds(2)).withCreateMissing(false)
 * }</pre>
 * A batch is cut when the next item would take it past {@code maxItems} items or past {@code maxBytes} bytes of
 * JSON body (each item measured as the client serializes it). A partial batch is sent once the input has been quiet
 * for {@code linger}, or at the latest {@code maxWait} after it could have left; while every slot is busy it keeps
 * filling, since each batch costs a request of the account's allowance.
 * The defaults follow the reference's sizing guidance: about 10 000 items, or 95 % of Chameleon's 16 MB body limit.
 *
 * @param maxItems the most items in one batch (1 to 100 000; default 10 000)
 * @param maxBytes the most bytes of JSON body in one batch (1 024 to 16 MB - 1; default 95 % of 16 MB)
 * @param linger how long the input must be quiet (no new item) before a partial batch is sent (positive; default
 * 500 ms)
 * @param maxWait the longest a partial batch waits for more items, however steadily they trickle in (at least
 * {@code linger}; default 5 s)
 * @param concurrency how many batches may be in flight at once (1 to 16; default 2). The client's pace and
 * concurrency permits still apply to each of them.
 * @param createMissing whether unknown users or companies are created ({@code on_model_missing=create}, the
 * default) or ignored
 */
public record SyncOptions(int maxItems, int maxBytes, Duration linger, Duration maxWait, int concurrency,
		boolean createMissing) {

	/** The default batch size in items: the reference's "about 10,000 items per batch". */
	public static final int DEFAULT_MAX_ITEMS = 10_000;

	/** The default batch size in bytes: 95 % of Chameleon's 16 MB limit, as the reference advises. */
	public static final int DEFAULT_MAX_BYTES = (int) (HookOperations.MAX_BATCH_BYTES * 0.95);

	/** The default linger. */
	public static final Duration DEFAULT_LINGER = Duration.ofMillis(500);

	/** The default max wait. */
	public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(5);

	/** The default number of batches in flight. */
	public static final int DEFAULT_CONCURRENCY = 2;

	/**
	 * Checks the options.
	 * @throws IllegalArgumentException naming the option that is out of range
	 */
	public SyncOptions {
		if (maxItems < 1 || maxItems > 100_000) {
			throw new IllegalArgumentException("maxItems must be between 1 and 100000, was " + maxItems);
		}
		if (maxBytes < 1024 || maxBytes >= HookOperations.MAX_BATCH_BYTES) {
			throw new IllegalArgumentException(
					"maxBytes must be at least 1024 and below Chameleon's 16 MB limit (16777216), was " + maxBytes);
		}
		if (linger == null || linger.isNegative() || linger.isZero()) {
			throw new IllegalArgumentException("linger must be positive, was " + linger);
		}
		if (maxWait == null || maxWait.compareTo(linger) < 0) {
			throw new IllegalArgumentException("maxWait must be at least linger (" + linger + "), was " + maxWait);
		}
		if (concurrency < 1 || concurrency > 16) {
			throw new IllegalArgumentException("concurrency must be between 1 and 16, was " + concurrency);
		}
	}

	/**
	 * The defaults: 10 000 items or 95 % of 16 MB per batch, 500 ms linger, 5 s max wait, 2 batches in flight,
	 * unknown records created.
	 * @return the default options
	 */
	public static SyncOptions defaults() {
		return new SyncOptions(DEFAULT_MAX_ITEMS, DEFAULT_MAX_BYTES, DEFAULT_LINGER, DEFAULT_MAX_WAIT, DEFAULT_CONCURRENCY,
				true);
	}

	/**
	 * A copy with another item limit.
	 * @param maxItems the most items in one batch
	 * @return the copy
	 */
	public SyncOptions withMaxItems(int maxItems) {
		return new SyncOptions(maxItems, this.maxBytes, this.linger, this.maxWait, this.concurrency, this.createMissing);
	}

	/**
	 * A copy with another byte limit.
	 * @param maxBytes the most bytes of JSON body in one batch
	 * @return the copy
	 */
	public SyncOptions withMaxBytes(int maxBytes) {
		return new SyncOptions(this.maxItems, maxBytes, this.linger, this.maxWait, this.concurrency, this.createMissing);
	}

	/**
	 * A copy with another linger (the max wait is raised to it when shorter).
	 * @param linger how long the input must be quiet before a partial batch is sent
	 * @return the copy
	 */
	public SyncOptions withLinger(Duration linger) {
		Duration wait = (linger != null && this.maxWait.compareTo(linger) < 0) ? linger : this.maxWait;
		return new SyncOptions(this.maxItems, this.maxBytes, linger, wait, this.concurrency, this.createMissing);
	}

	/**
	 * A copy with another max wait.
	 * @param maxWait the longest a partial batch waits for more items
	 * @return the copy
	 */
	public SyncOptions withMaxWait(Duration maxWait) {
		return new SyncOptions(this.maxItems, this.maxBytes, this.linger, maxWait, this.concurrency, this.createMissing);
	}

	/**
	 * A copy with another number of batches in flight.
	 * @param concurrency how many batches may be in flight at once
	 * @return the copy
	 */
	public SyncOptions withConcurrency(int concurrency) {
		return new SyncOptions(this.maxItems, this.maxBytes, this.linger, this.maxWait, concurrency, this.createMissing);
	}

	/**
	 * A copy that creates (or ignores) unknown records.
	 * @param createMissing whether unknown users or companies are created
	 * @return the copy
	 */
	public SyncOptions withCreateMissing(boolean createMissing) {
		return new SyncOptions(this.maxItems, this.maxBytes, this.linger, this.maxWait, this.concurrency, createMissing);
	}

}
