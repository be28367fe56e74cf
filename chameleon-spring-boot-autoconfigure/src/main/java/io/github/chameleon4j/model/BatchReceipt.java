package io.github.chameleon4j.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The 202 answer of a batch hook: the batch ID and the items Chameleon rejected (the batch
 * itself still succeeded).
 *
 * @param batchId the batch ID
 * @param errors the rejected items, empty when all were accepted
 */
public record BatchReceipt(@Nullable String batchId, List<BatchItemError> errors) {

	public BatchReceipt {
		errors = ModelSupport.copy(errors);
	}

	/**
	 * Whether every item was accepted.
	 * @return {@code true} when there are no item errors
	 */
	public boolean isComplete() {
		return this.errors.isEmpty();
	}

	/**
	 * One rejected item of a batch.
	 *
	 * @param code the error code (422 for a missing identifier)
	 * @param index the 0-based index of the item in the batch
	 * @param message the reason
	 */
	public record BatchItemError(@Nullable Integer code, @Nullable Integer index, @Nullable String message) {
	}

}
