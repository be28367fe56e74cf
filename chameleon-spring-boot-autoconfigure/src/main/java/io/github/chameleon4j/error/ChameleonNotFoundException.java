package io.github.chameleon4j.error;

/**
 * 404 Not Found: the path is wrong or the record does not exist in this account. Never retried.
 */
public class ChameleonNotFoundException extends ChameleonResponseException {

	public ChameleonNotFoundException(ResponseDetails details) {
		super(ErrorKind.NOT_FOUND, details);
	}

}
