package io.github.chameleon4j.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the auto-configured client connects and with which account secret. By default they come from
 * {@code chameleon.base-url} and {@code chameleon.account-secret}; a bean of this type replaces them, as
 * the emulator's test support ({@code @AutoConfigureChameleonEmulator}) registers one pointing at the
 * emulator. Every other {@code chameleon.*} setting still applies.
 * <p>
 * Implementations must keep the secret out of {@code toString()}.
 */
public interface ChameleonConnectionDetails extends ConnectionDetails {

	/**
	 * The base URL of the Chameleon REST API, for example {@code https://api.chameleon.io}.
	 * @return the base URL
	 */
	String getBaseUrl();

	/**
	 * The account secret sent in {@code X-Account-Secret}.
	 * @return the secret, or {@code null} when none is configured (startup then fails naming
	 * {@code chameleon.account-secret})
	 */
	@Nullable
	String getAccountSecret();

}
