package io.github.chameleon4j.error;

/**
 * A status Chameleon does not document (400, 401, 413, ...) or any other unexpected non-2xx status below 500. Never retried.
 */
public class ChameleonClientErrorException extends ChameleonResponseException {

	public ChameleonClientErrorException(ResponseDetails details) {
		super(ErrorKind.CLIENT_ERROR, details);
	}

}
