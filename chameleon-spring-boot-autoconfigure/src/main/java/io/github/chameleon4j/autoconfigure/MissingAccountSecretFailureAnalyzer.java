package io.github.chameleon4j.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a missing {@code chameleon.account-secret} instead of a bare bean-creation failure.
 */
class MissingAccountSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingAccountSecretException> {

	static final String ACTION = "Set the property 'chameleon.account-secret' to your Chameleon Account Secret"
			+ " (dashboard: Settings > Tokens), for example with the environment variable CHAMELEON_ACCOUNT_SECRET."
			+ " Do not use the public Account Token. To run without Chameleon, point 'chameleon.base-url' at the"
			+ " emulator from chameleon-spring-boot-test.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAccountSecretException cause) {
		return new FailureAnalysis(
				"The Chameleon client (ChameleonOperations) is needed, but no account secret is configured.", ACTION,
				cause);
	}

}
