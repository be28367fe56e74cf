package io.github.chameleon4j.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list: its items, newest first, and the cursor when the server sent one.
 *
 * @param <T> the item type
 * @param items the items
 * @param cursor the cursor, or {@code null} when the response had none
 */
public record Page<T>(List<T> items, @Nullable Cursor cursor) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * The {@code before} value for the next page, straight from the cursor.
	 * @return the value, or {@code null} when the server sent none
	 */
	@Nullable
	public String nextBefore() {
		return (this.cursor != null) ? this.cursor.before() : null;
	}

}
