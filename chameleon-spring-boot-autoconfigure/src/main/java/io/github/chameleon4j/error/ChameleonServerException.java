package io.github.chameleon4j.error;

/**
 * Chameleon failed on its side (any 5xx). Retried only for idempotent calls, with exponential
 * backoff; recorded by the circuit breaker. Subclasses exist for the documented 500, 503 and 504.
 */
public class ChameleonServerException extends ChameleonResponseException {

	public ChameleonServerException(ResponseDetails details) {
		super(ErrorKind.SERVER_ERROR, details);
	}

}
