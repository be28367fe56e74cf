package io.github.chameleon4j.error;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * Everything the client keeps of a non-2xx response, from which the matching
 * {@link ChameleonResponseException} is built.
 *
 * @param status the HTTP status code
 * @param method the request method
 * @param path the request path, without query string
 * @param envelope the parsed error envelope, or {@code null} when the body was not one
 * @param headers the response headers worth keeping (see {@link #KEPT_HEADERS})
 * @param bodyExcerpt a bounded, sanitised excerpt of a non-envelope body ({@code ""} otherwise)
 */
public record ResponseDetails(int status, @Nullable HttpMethod method, @Nullable String path,
		@Nullable ErrorEnvelope envelope, HttpHeaders headers, String bodyExcerpt) {

	/** The response headers kept on exceptions; others are dropped. */
	public static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, WaitHint.RETRY_AFTER,
			HttpHeaders.RETRY_AFTER, WaitHint.RATELIMIT_WAIT, WaitHint.RATELIMIT_LIMIT, "X-Request-Id", HttpHeaders.DATE);

	/**
	 * Copies only the headers worth keeping, the secret masked in their values (a server may echo it).
	 * @param all the full response headers
	 * @param mask the secret's mask
	 * @return a new, filtered copy
	 */
	public static HttpHeaders keptHeaders(HttpHeaders all, SecretMask mask) {
		HttpHeaders kept = new HttpHeaders();
		for (String name : KEPT_HEADERS) {
			List<String> values = all.get(name);
			if (values != null && !values.isEmpty()) {
				kept.put(name, values.stream().map(mask::mask).toList());
			}
		}
		return kept;
	}

	/**
	 * The exception message: status, request, and the server's message or body excerpt.
	 * @return a one-line message
	 */
	public String message() {
		StringBuilder message = new StringBuilder("Chameleon answered ").append(this.status).append(" to ")
			.append(ChameleonException.describe(this.method, this.path));
		if (this.envelope != null && !this.envelope.messages().isEmpty()) {
			message.append(": ").append(String.join("; ", this.envelope.messages()));
		}
		else if (!this.bodyExcerpt.isEmpty()) {
			String type = this.headers.getFirst(HttpHeaders.CONTENT_TYPE);
			message.append(": non-envelope body");
			if (type != null) {
				message.append(" (").append(type.toLowerCase(Locale.ROOT)).append(')');
			}
			message.append(" \"").append(this.bodyExcerpt).append('"');
		}
		else if (this.envelope != null) {
			message.append(" (error envelope with no messages)");
		}
		else {
			message.append(" with an empty body");
		}
		return message.toString();
	}

}
