package io.github.chameleon4j.model;

import org.springframework.lang.Nullable;

/**
 * Argument checks that fail before any request is built, naming the argument.
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * Requires a non-blank string.
	 * @param value the value
	 * @param name the argument name for the message
	 * @return the value
	 * @throws IllegalArgumentException when null or blank
	 */
	public static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		return value;
	}

	/**
	 * Requires a non-null value.
	 * @param <T> the type
	 * @param value the value
	 * @param name the argument name for the message
	 * @return the value
	 * @throws IllegalArgumentException when null
	 */
	public static <T> T requireNonNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

}
