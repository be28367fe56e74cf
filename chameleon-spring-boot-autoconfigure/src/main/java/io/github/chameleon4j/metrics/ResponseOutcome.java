package io.github.chameleon4j.metrics;

/** The coarse outcome of one attempt, used as the {@code outcome} tag. */
public enum ResponseOutcome {

	/** A 2xx response. */
	SUCCESS,

	/** A 4xx response. */
	CLIENT_ERROR,

	/** A 5xx response. */
	SERVER_ERROR,

	/** No response: connection refused, reset or timed out. */
	TRANSPORT_ERROR,

	/** A status outside 2xx, 4xx and 5xx (Chameleon documents none). */
	UNKNOWN;

	/**
	 * The outcome of a status code.
	 * @param status the status code
	 * @return the outcome
	 */
	public static ResponseOutcome forStatus(int status) {
		if (status >= 200 && status < 300) {
			return SUCCESS;
		}
		if (status >= 400 && status < 500) {
			return CLIENT_ERROR;
		}
		if (status >= 500 && status < 600) {
			return SERVER_ERROR;
		}
		return UNKNOWN;
	}

}
