package io.github.chameleon4j.error;

/**
 * 500 Internal Server Error: transient failure on Chameleon's side.
 */
public class ChameleonInternalServerErrorException extends ChameleonServerException {

	public ChameleonInternalServerErrorException(ResponseDetails details) {
		super(details);
	}

}
