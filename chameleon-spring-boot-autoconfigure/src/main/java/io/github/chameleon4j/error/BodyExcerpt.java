package io.github.chameleon4j.error;

import java.nio.charset.StandardCharsets;

import org.springframework.lang.Nullable;

/**
 * Makes a short, log-safe excerpt of a response body: decoded as UTF-8, control characters and
 * runs of whitespace folded to single spaces, the account secret masked, and cut to
 * {@link #MAX_CHARS} characters.
 */
public final class BodyExcerpt {

	/** Longest excerpt kept, in characters. */
	public static final int MAX_CHARS = 512;

	private BodyExcerpt() {
	}

	/**
	 * Builds the excerpt.
	 * @param body the raw body bytes (possibly only the start of the body)
	 * @param secret a secret to mask wherever it appears, or {@code null}
	 * @return the excerpt, {@code ""} for an empty body
	 */
	public static String of(@Nullable byte[] body, @Nullable String secret) {
		if (body == null || body.length == 0) {
			return "";
		}
		int length = Math.min(body.length, MAX_CHARS * 4);
		String text = new String(body, 0, length, StandardCharsets.UTF_8);
		if (secret != null && !secret.isEmpty()) {
			text = text.replace(secret, "****");
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS + 1));
		boolean space = false;
		for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
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
		boolean truncated = body.length > length || out.length() >= MAX_CHARS;
		return truncated ? out + "…" : out.toString();
	}

}
