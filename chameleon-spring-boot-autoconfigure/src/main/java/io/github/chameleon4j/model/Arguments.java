package io.github.chameleon4j.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

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
	 * Requires a value that stays one path segment: not blank, and neither {@code .} nor {@code ..}
	 * (also once percent-decoded, as a front that resolves dot segments would see it), which would
	 * make the request leave its endpoint ({@code /v3/edit/tours/../changes} is the account-wide feed).
	 * @param value the value
	 * @param name the argument name for the message
	 * @return the value
	 * @throws IllegalArgumentException when blank or a dot segment
	 */
	public static String requirePathSegment(@Nullable String value, String name) {
		requireText(value, name);
		String decoded = value;
		for (int i = 0; i < 3; i++) {
			if (decoded.equals(".") || decoded.equals("..")) {
				throw new IllegalArgumentException(name + " must not be '.' or '..' (it would leave its endpoint's path)");
			}
			String next = percentDecoded(decoded);
			if (next.equals(decoded)) {
				break;
			}
			decoded = next;
		}
		return value;
	}

	private static String percentDecoded(String value) {
		if (value.indexOf('%') < 0) {
			return value;
		}
		try {
			return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
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
