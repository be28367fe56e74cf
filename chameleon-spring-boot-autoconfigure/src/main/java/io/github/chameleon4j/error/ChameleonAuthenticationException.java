package io.github.chameleon4j.error;

/**
 * 403 Forbidden: the account secret is missing, invalid or revoked (set chameleon.account-secret to the Account Secret, not the public Account Token). Never retried.
 */
public class ChameleonAuthenticationException extends ChameleonResponseException {

	public ChameleonAuthenticationException(ResponseDetails details) {
		super(ErrorKind.AUTHENTICATION, details);
	}

}
