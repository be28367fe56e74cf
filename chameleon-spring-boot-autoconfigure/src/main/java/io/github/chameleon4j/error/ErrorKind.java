package io.github.chameleon4j.error;

/**
 * Coarse classification of a failed Chameleon call, shared by the retry and circuit-breaker
 * policies and by the metrics so that none of them has to match on exception messages.
 */
public enum ErrorKind {

	/** 403: the account secret is missing, invalid or revoked. Never retried. */
	AUTHENTICATION(false),

	/** 404: wrong path or unknown record. Never retried. */
	NOT_FOUND(false),

	/** 409: the record's state forbids the operation. Never retried. */
	CONFLICT(false),

	/** 422: invalid or missing parameters. Never retried. */
	UNPROCESSABLE(false),

	/** 429: a rate limit was hit; see {@link ChameleonRateLimitException#waitHint()}. */
	RATE_LIMITED(false),

	/** Any other 4xx (400, 401, 413, ...) or an unexpected non-2xx status below 500. */
	CLIENT_ERROR(false),

	/** 500, 503, 504 and every other 5xx. */
	SERVER_ERROR(true),

	/** No response: connection refused, reset, or timed out. */
	TRANSPORT(true),

	/** A 2xx response whose body could not be decoded (truncated or not the documented shape). */
	DECODING(false),

	/** A 2xx response larger than the client's response-size limit. Never retried. */
	RESPONSE_TOO_LARGE(false),

	/** The client's circuit breaker is open; the call was not sent. */
	CIRCUIT_OPEN(false),

	/** The call's deadline ran out before it could complete. */
	DEADLINE_EXCEEDED(false);

	private final boolean serverSide;

	ErrorKind(boolean serverSide) {
		this.serverSide = serverSide;
	}

	/**
	 * The kind a non-2xx HTTP status maps to.
	 * @param status the status code
	 * @return the kind ({@link #CLIENT_ERROR} for undocumented statuses below 500)
	 */
	public static ErrorKind forStatus(int status) {
		return switch (status) {
			case 403 -> AUTHENTICATION;
			case 404 -> NOT_FOUND;
			case 409 -> CONFLICT;
			case 422 -> UNPROCESSABLE;
			case 429 -> RATE_LIMITED;
			default -> (status >= 500) ? SERVER_ERROR : CLIENT_ERROR;
		};
	}

	/**
	 * Whether this kind means Chameleon (or the network to it) is failing, as opposed to the
	 * caller having made a mistake. The circuit breaker records only these.
	 * @return whether the failure is attributed to the server side
	 */
	public boolean isServerSide() {
		return this.serverSide;
	}

}
