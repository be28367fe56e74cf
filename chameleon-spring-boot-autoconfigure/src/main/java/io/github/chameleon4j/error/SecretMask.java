package io.github.chameleon4j.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the account secret in text that came from a response, in every form a server could echo it:
 * as is, or JSON-escaped character by character ({@code \u0061}, {@code \/}, {@code \"}, {@code \\}).
 * Everything derived from a response (messages, excerpts, headers) passes through it before it is kept.
 */
public final class SecretMask {

	/** What replaces the secret. */
	public static final String MASK = "****";

	private static final SecretMask NONE = new SecretMask(null);

	@Nullable
	private final Pattern pattern;

	private final int longestForm;

	private SecretMask(@Nullable String secret) {
		if (secret == null || secret.isEmpty()) {
			this.pattern = null;
			this.longestForm = 0;
			return;
		}
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < secret.length(); i++) {
			char c = secret.charAt(i);
			regex.append("(?:").append(Pattern.quote(String.valueOf(c))).append("|\\\\u")
				.append(caseless(String.format(Locale.ROOT, "%04x", (int) c)));
			if (c == '/' || c == '"' || c == '\\') {
				regex.append("|\\\\").append(Pattern.quote(String.valueOf(c)));
			}
			regex.append(')');
		}
		this.pattern = Pattern.compile(regex.toString());
		this.longestForm = 6 * secret.length();
	}

	/**
	 * A mask for the given secret.
	 * @param secret the secret, or {@code null} for a mask that changes nothing
	 * @return the mask
	 */
	public static SecretMask of(@Nullable String secret) {
		return (secret == null || secret.isEmpty()) ? NONE : new SecretMask(secret);
	}

	/**
	 * The text with every occurrence of the secret, in any of its forms, replaced by {@link #MASK}.
	 * @param text the text, possibly {@code null}
	 * @return the masked text ({@code null} stays {@code null})
	 */
	@Nullable
	public String mask(@Nullable String text) {
		if (text == null || this.pattern == null) {
			return text;
		}
		return this.pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
	}

	/** How many characters one occurrence of the secret can take at most (0 without a secret). */
	int longestForm() {
		return this.longestForm;
	}

	/** The {@code [start, end)} character ranges of every occurrence, in order. */
	List<int[]> occurrences(String text) {
		List<int[]> ranges = new ArrayList<>();
		if (this.pattern != null) {
			Matcher matcher = this.pattern.matcher(text);
			while (matcher.find()) {
				ranges.add(new int[] { matcher.start(), matcher.end() });
			}
		}
		return ranges;
	}

	private static String caseless(String hex) {
		StringBuilder out = new StringBuilder();
		for (char c : hex.toCharArray()) {
			out.append(Character.isLetter(c) ? "[" + c + Character.toUpperCase(c) + "]" : String.valueOf(c));
		}
		return out.toString();
	}

}
