package io.github.chameleon4j.error;

import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * A 2xx response body larger than the client's response-size limit
 * ({@code chameleon.max-response-size}, builder {@code maxResponseSize}). Raised after the first
 * attempt: never retried and never counted by the circuit breaker, because sending the same
 * request again would only fetch the same body. Raise the limit, or ask for smaller pages.
 */
public class ChameleonResponseTooLargeException extends ChameleonException {

	private final int status;

	private final long limitBytes;

	public ChameleonResponseTooLargeException(int status, @Nullable HttpMethod method, @Nullable String path,
			long limitBytes, @Nullable Throwable cause) {
		super(ErrorKind.RESPONSE_TOO_LARGE, "The " + status + " response to " + describe(method, path)
				+ " is larger than the client's limit of " + limitBytes
				+ " bytes; raise chameleon.max-response-size (builder: maxResponseSize) or request smaller pages",
				method, path, cause);
		this.status = status;
		this.limitBytes = limitBytes;
	}

	/**
	 * The HTTP status of the oversized response.
	 * @return the status code
	 */
	public int status() {
		return this.status;
	}

	/**
	 * The limit the body exceeded.
	 * @return the limit in bytes
	 */
	public long limitBytes() {
		return this.limitBytes;
	}

}
