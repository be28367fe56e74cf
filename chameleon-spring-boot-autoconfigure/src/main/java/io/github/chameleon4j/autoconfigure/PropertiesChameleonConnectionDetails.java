package io.github.chameleon4j.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * The default {@link ChameleonConnectionDetails}: {@code chameleon.base-url} and
 * {@code chameleon.account-secret}.
 */
final class PropertiesChameleonConnectionDetails implements ChameleonConnectionDetails {

	private final ChameleonProperties properties;

	PropertiesChameleonConnectionDetails(ChameleonProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	@Nullable
	public String getAccountSecret() {
		return this.properties.getAccountSecret();
	}

}
