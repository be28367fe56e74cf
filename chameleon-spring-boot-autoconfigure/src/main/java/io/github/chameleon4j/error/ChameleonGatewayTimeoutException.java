package io.github.chameleon4j.error;

/**
 * 504 Gateway Timeout: a backend step ran past its budget (a very broad search, a huge filter set).
 */
public class ChameleonGatewayTimeoutException extends ChameleonServerException {

	public ChameleonGatewayTimeoutException(ResponseDetails details) {
		super(details);
	}

}
