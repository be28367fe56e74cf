package io.github.chameleon4j.client.sync;

import io.github.chameleon4j.model.BatchReceipt.BatchItemError;

/**
 * Chameleon's per-item error for one item of an accepted batch (inside the {@code 202} answer), e.g. a {@code 422}
 * for an item without an identifier. The message is Chameleon's.
 */
public class ItemRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int code;

	/**
	 * Creates the exception from Chameleon's item error.
	 * @param error the item error
	 */
	public ItemRejectedException(BatchItemError error) {
		super(message(error), null, false, false);
		this.code = (error.code() != null) ? error.code() : 0;
	}

	private static String message(BatchItemError error) {
		String text = error.message();
		return "Chameleon rejected the item (" + ((error.code() != null) ? error.code() : "no code") + "): "
				+ ((text != null) ? text : "no message");
	}

	/**
	 * The item's error code, e.g. 422 for a missing identifier ({@code 0} when Chameleon sent none).
	 * @return the code
	 */
	public int code() {
		return this.code;
	}

}
