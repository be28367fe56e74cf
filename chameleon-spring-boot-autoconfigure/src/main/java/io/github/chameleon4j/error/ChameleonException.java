package io.github.chameleon4j.error;

import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the Chameleon client raises. Unchecked, and always carries the
 * request context (method and path, never the query string or the account secret).
 */
public abstract class ChameleonException extends RuntimeException implements Cloneable {

	private final ErrorKind kind;

	@Nullable
	private final HttpMethod method;

	@Nullable
	private final String path;

	/** Set by the constructor, or on a fresh copy by {@link #withAttempts(int)}; never changed once thrown. */
	private int attempts = 1;

	protected ChameleonException(ErrorKind kind, String message, @Nullable HttpMethod method, @Nullable String path,
			@Nullable Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.method = method;
		this.path = path;
	}

	/**
	 * The classification of this failure.
	 * @return the error kind
	 */
	public ErrorKind kind() {
		return this.kind;
	}

	/**
	 * The HTTP method of the failed request.
	 * @return the method, or {@code null} when no request was built
	 */
	@Nullable
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * The request path, without query string.
	 * @return the path, or {@code null} when no request was built
	 */
	@Nullable
	public String path() {
		return this.path;
	}

	/**
	 * How many attempts the client made for the logical call that ended with this exception.
	 * @return the number of attempts, at least 1
	 */
	public int attempts() {
		return this.attempts;
	}

	/**
	 * A copy of this exception for a logical call that made {@code attempts} attempts: the same
	 * class, message, cause, stack trace and details. The retry layer signals it when it gives up;
	 * this exception is left as it is.
	 * @param attempts the number of attempts made, at least 1
	 * @return the copy
	 */
	public ChameleonException withAttempts(int attempts) {
		ChameleonException copy = copy();
		copy.attempts = Math.max(1, attempts);
		return copy;
	}

	/**
	 * A field-for-field copy of this exception, of its own class, for the {@code with...} factories
	 * to complete before it is thrown. One shallow copy here serves every subclass and every field
	 * it adds, where a copy constructor per class would silently lose the class of any subclass that
	 * forgot one.
	 * @return the copy
	 */
	protected ChameleonException copy() {
		try {
			return (ChameleonException) clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether Chameleon may have applied the request despite this failure, so that repeating a call
	 * that is not safe to repeat (event tracking) could apply it twice. {@code true} for 5xx (the
	 * server may have failed after writing), an undecodable or oversized 2xx (it was applied), a
	 * transport failure after the request may have been sent, and an expired deadline (an attempt
	 * may have been in flight); {@code false} for 4xx (429 included), an open circuit, and a request
	 * that certainly was not sent.
	 * @return whether the request may have taken effect
	 */
	public boolean mayHaveBeenApplied() {
		return switch (this.kind) {
			case SERVER_ERROR, DECODING, RESPONSE_TOO_LARGE, DEADLINE_EXCEEDED -> true;
			default -> false;
		};
	}

	@Override
	public String getMessage() {
		String message = super.getMessage();
		return (this.attempts > 1) ? message + " (after " + this.attempts + " attempts)" : message;
	}

	static String describe(@Nullable HttpMethod method, @Nullable String path) {
		return (method != null && path != null) ? method.name() + " " + path : "request";
	}

}
