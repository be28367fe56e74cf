package io.github.chameleon4j.error;

/**
 * 503 Service Unavailable: maintenance or overload; the body may be HTML, plain text or empty.
 */
public class ChameleonServiceUnavailableException extends ChameleonServerException {

	public ChameleonServiceUnavailableException(ResponseDetails details) {
		super(details);
	}

}
