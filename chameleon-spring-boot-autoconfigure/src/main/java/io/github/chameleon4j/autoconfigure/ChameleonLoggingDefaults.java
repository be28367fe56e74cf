package io.github.chameleon4j.autoconfigure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Contributes one logging default to applications that configure the client
 * ({@code chameleon.account-secret} or {@code chameleon.base-url} set), with the lowest precedence so that any {@code logging.level.*}
 * the application sets wins: two Reactor Netty loggers at {@code ERROR}. {@code HttpClientConnect}
 * writes a WARN with a full stack trace for every connection reset or premature close before a
 * response, on top of the exception the caller receives (the client's retries made that up to four
 * per call); {@code FluxReceive} writes one when a reset arrives after the caller cancelled (a
 * deadline won the race). The caller's {@code ChameleonTransportException} or its own cancellation
 * already says it; set {@code logging.level.reactor.netty.http.client.HttpClientConnect=warn} (and
 * {@code logging.level.reactor.netty.channel.FluxReceive=warn}) to have the lines back.
 */
public final class ChameleonLoggingDefaults implements EnvironmentPostProcessor {

	/** The name of the property source holding the defaults. */
	public static final String PROPERTY_SOURCE_NAME = "chameleonLoggingDefaults";

	private static final Map<String, Object> DEFAULTS = Map.of(
			"logging.level.reactor.netty.http.client.HttpClientConnect", "ERROR",
			"logging.level.reactor.netty.channel.FluxReceive", "ERROR");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// only in applications that configure the client
		boolean client = environment.containsProperty("chameleon.account-secret")
				|| environment.containsProperty("chameleon.base-url");
		if (client && !environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			environment.getPropertySources()
				.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, DEFAULTS));
		}
	}

}
