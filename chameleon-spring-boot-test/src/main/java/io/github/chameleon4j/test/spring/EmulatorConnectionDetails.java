package io.github.chameleon4j.test.spring;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

import io.github.chameleon4j.autoconfigure.ChameleonConnectionDetails;
import io.github.chameleon4j.test.ChameleonEmulator;

/**
 * The client's connection to the test context's emulator, in place of {@code chameleon.base-url} and
 * {@code chameleon.account-secret}. Loaded only when the client's auto-configuration is on the classpath.
 */
final class EmulatorConnectionDetails implements ChameleonConnectionDetails {

	/** The bean name of the connection details in the test context. */
	static final String BEAN_NAME = "chameleonEmulatorConnectionDetails";

	private final ChameleonEmulator emulator;

	private EmulatorConnectionDetails(ChameleonEmulator emulator) {
		this.emulator = emulator;
	}

	/**
	 * Registers the connection details before the context is refreshed, so that the client's conditions
	 * see them while the configuration classes are processed.
	 */
	static void register(ConfigurableListableBeanFactory beanFactory, ChameleonEmulator emulator) {
		beanFactory.registerSingleton(BEAN_NAME, new EmulatorConnectionDetails(emulator));
	}

	@Override
	public String getBaseUrl() {
		return this.emulator.baseUrl();
	}

	@Override
	public String getAccountSecret() {
		return this.emulator.accountSecret();
	}

	@Override
	public String toString() {
		return "EmulatorConnectionDetails[baseUrl=" + this.emulator.baseUrl() + "]";
	}

}
