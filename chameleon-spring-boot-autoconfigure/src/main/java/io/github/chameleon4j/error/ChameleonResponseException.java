package io.github.chameleon4j.error;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * Chameleon answered with a non-2xx status. Carries the status, the error envelope's
 * {@code code} and {@code messages} when the body was one, the response headers that matter,
 * and a bounded, sanitised excerpt of the body when it was not an envelope.
 * <p>
 * Use {@link #create} to obtain the subclass that matches the status, in the spirit of
 * {@code WebClientResponseException.create}.
 */
public class ChameleonResponseException extends ChameleonException {

	private final int status;

	@Nullable
	private final ErrorEnvelope envelope;

	private final HttpHeaders headers;

	private final String bodyExcerpt;

	protected ChameleonResponseException(ErrorKind kind, ResponseDetails details) {
		super(kind, details.message(), details.method(), details.path(), null);
		this.status = details.status();
		this.envelope = details.envelope();
		this.headers = HttpHeaders.readOnlyHttpHeaders(details.headers());
		this.bodyExcerpt = details.bodyExcerpt();
	}

	/**
	 * Creates the exception subclass that matches the response status.
	 * @param details what the response said
	 * @return the exception to signal
	 */
	public static ChameleonResponseException create(ResponseDetails details) {
		return switch (details.status()) {
			case 403 -> new ChameleonAuthenticationException(details);
			case 404 -> new ChameleonNotFoundException(details);
			case 409 -> new ChameleonConflictException(details);
			case 422 -> new ChameleonUnprocessableException(details);
			case 429 -> new ChameleonRateLimitException(details);
			case 500 -> new ChameleonInternalServerErrorException(details);
			case 503 -> new ChameleonServiceUnavailableException(details);
			case 504 -> new ChameleonGatewayTimeoutException(details);
			default -> (details.status() >= 500) ? new ChameleonServerException(details)
					: new ChameleonClientErrorException(details);
		};
	}

	/**
	 * The HTTP status code.
	 * @return the status code
	 */
	public int status() {
		return this.status;
	}

	/**
	 * The {@code code} of the error envelope, or the HTTP status when the body was not an envelope.
	 * @return the error code
	 */
	public int code() {
		return (this.envelope != null && this.envelope.code() != null) ? this.envelope.code() : this.status;
	}

	/**
	 * The envelope's {@code messages}; empty when the body was not an envelope.
	 * @return the server's messages, never {@code null}
	 */
	public List<String> messages() {
		return (this.envelope != null) ? this.envelope.messages() : List.of();
	}

	/**
	 * The parsed error envelope.
	 * @return the envelope, or {@code null} when the body was not JSON of that shape
	 */
	@Nullable
	public ErrorEnvelope envelope() {
		return this.envelope;
	}

	/**
	 * The response headers that matter for diagnosis and rate limiting (content type, the
	 * rate-limit headers, {@code Retry-After}, request ids); others are not kept.
	 * @return read-only headers
	 */
	public HttpHeaders headers() {
		return this.headers;
	}

	/**
	 * A bounded, sanitised excerpt of the raw body: empty when the body was an envelope or empty.
	 * @return the excerpt, never {@code null}
	 */
	public String bodyExcerpt() {
		return this.bodyExcerpt;
	}

}
