package io.github.chameleon4j.error;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Makes a short, log-safe excerpt of a response body: decoded as UTF-8, control characters and
 * runs of whitespace folded to single spaces, the account secret masked in every form (see
 * {@link SecretMask}), and cut to {@link #MAX_CHARS} characters. The secret is looked for beyond
 * the excerpt's window too, so an occurrence that starts inside it is masked whole.
 */
public final class BodyExcerpt {

	/** Longest excerpt kept, in characters. */
	public static final int MAX_CHARS = 512;

	private static final int WINDOW_BYTES = MAX_CHARS * 4;

	private BodyExcerpt() {
	}

	/**
	 * Builds the excerpt.
	 * @param body the raw body bytes (possibly only the start of the body)
	 * @param secret a secret to mask wherever it appears, or {@code null}
	 * @return the excerpt, {@code ""} for an empty body
	 */
	public static String of(byte @Nullable [] body, @Nullable String secret) {
		return masked(body, SecretMask.of(secret));
	}

	/**
	 * Builds the excerpt.
	 * @param body the raw body bytes (possibly only the start of the body)
	 * @param mask the secret's mask
	 * @return the excerpt, {@code ""} for an empty body
	 */
	public static String masked(byte @Nullable [] body, SecretMask mask) {
		if (body == null || body.length == 0) {
			return "";
		}
		int window = Math.min(body.length, WINDOW_BYTES);
		// read on past the window so that an occurrence starting inside it is found whole
		int extended = Math.min(body.length, window + mask.longestForm() * 4);
		String text = new String(body, 0, extended, StandardCharsets.UTF_8);
		int limit = (extended == window) ? text.length()
				: Math.min(text.length(), new String(body, 0, window, StandardCharsets.UTF_8).length());
		List<int[]> secrets = mask.occurrences(text);
		StringBuilder out = new StringBuilder(MAX_CHARS + 8);
		boolean space = false;
		int next = 0;
		for (int i = 0; i < limit && out.length() < MAX_CHARS; i++) {
			if (next < secrets.size() && secrets.get(next)[0] == i) {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(SecretMask.MASK);
				i = secrets.get(next++)[1] - 1;
				continue;
			}
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(c);
		}
		boolean truncated = body.length > window || out.length() >= MAX_CHARS;
		return truncated ? out + "…" : out.toString();
	}

}
