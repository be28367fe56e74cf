package io.github.chameleon4j.error;

/**
 * 422 Unprocessable: invalid or missing parameters. Never retried.
 */
public class ChameleonUnprocessableException extends ChameleonResponseException {

	public ChameleonUnprocessableException(ResponseDetails details) {
		super(ErrorKind.UNPROCESSABLE, details);
	}

}
