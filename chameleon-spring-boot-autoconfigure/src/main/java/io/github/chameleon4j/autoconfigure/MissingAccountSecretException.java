package io.github.chameleon4j.autoconfigure;

/**
 * Thrown at startup when {@code ChameleonOperations} is needed but {@code chameleon.account-secret}
 * is not set; {@link MissingAccountSecretFailureAnalyzer} turns it into a readable report.
 */
public class MissingAccountSecretException extends IllegalStateException {

	public MissingAccountSecretException() {
		super("The Chameleon account secret is not set (property chameleon.account-secret)");
	}

}
