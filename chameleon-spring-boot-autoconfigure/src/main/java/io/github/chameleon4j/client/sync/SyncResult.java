package io.github.chameleon4j.client.sync;

import org.jspecify.annotations.Nullable;

/**
 * What became of one item of a {@link BulkSync}: every item given to a sync gets exactly one result, carrying the
 * caller's own item object.
 * <pre>{@code
 * chameleon.profiles().sync(profiles)
 *     .filter((result) -> !result.isAccepted())
 *     .subscribe((result) -> log.warn("{} #{}: {}", result.outcome(), result.index(), result.error().getMessage()));
 * }</pre>
 *
 * @param <T> the item type
 * @param item the caller's item, as given ({@code null} only for a {@code null} element of a non-Reactor source)
 * @param index the item's 0-based position in the input
 * @param outcome what happened to it
 * @param batchId the ID of the batch Chameleon accepted it in, or {@code null} when its batch was not accepted
 * @param error why it was not accepted: an {@link ItemRejectedException} for Chameleon's per-item errors, an
 * {@code IllegalArgumentException} for an item the client could not send, or the exception its batch failed with;
 * {@code null} when accepted
 */
public record SyncResult<T>(@Nullable T item, long index, Outcome outcome, @Nullable String batchId,
		@Nullable Throwable error) {

	/**
	 * Whether Chameleon accepted the item.
	 * @return {@code true} when accepted
	 */
	public boolean isAccepted() {
		return this.outcome == Outcome.ACCEPTED;
	}

	/** What happened to one item. */
	public enum Outcome {

		/** Chameleon accepted the item (its batch was answered 202 without an error for it). */
		ACCEPTED,

		/**
		 * The item itself is the problem; sending it again unchanged will not help: Chameleon reported a per-item
		 * error for it (e.g. 422, no identifier), or the client could not send it at all ({@code null}, too large
		 * alone for a batch, not serializable as JSON).
		 */
		REJECTED,

		/**
		 * Its batch failed as a whole after the client's retries (transport failure, 5xx, open circuit, deadline,
		 * 403 ...): the item may or may not have been applied, and upserts are safe to send again.
		 */
		FAILED

	}

}
