package io.github.chameleon4j.error;

import org.springframework.http.HttpMethod;
import org.springframework.lang.Nullable;

/**
 * A 2xx response whose body could not be decoded into the expected shape (truncated on the way, or
 * not the documented shape). Retried like a 5xx for calls that are safe to repeat, never otherwise;
 * never a circuit-breaker failure. Keeps the status and a safe excerpt of the body.
 */
public class ChameleonDecodingException extends ChameleonException {

	private final int status;

	private final String bodyExcerpt;

	public ChameleonDecodingException(int status, @Nullable HttpMethod method, @Nullable String path,
			String bodyExcerpt, String reason, @Nullable Throwable cause) {
		super(ErrorKind.DECODING, "Could not decode the " + status + " response to "
				+ describe(method, path) + ": " + reason
				+ (bodyExcerpt.isEmpty() ? " (empty body)" : " \"" + bodyExcerpt + "\""), method, path, cause);
		this.status = status;
		this.bodyExcerpt = bodyExcerpt;
	}

	/**
	 * The HTTP status of the undecodable response.
	 * @return the status code
	 */
	public int status() {
		return this.status;
	}

	/**
	 * A bounded, sanitised excerpt of the body.
	 * @return the excerpt
	 */
	public String bodyExcerpt() {
		return this.bodyExcerpt;
	}

}
