package io.github.chameleon4j.it;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.chameleon4j.test.ChameleonEmulator;

/**
 * A user's application as it would be written: {@code @SpringBootApplication}-style auto-configuration,
 * nothing of the starter's configured but the base URL and the secret (plus what a test adds), Boot's
 * defaults (codecs, HTTP client, Actuator, Resilience4j's own Boot integration) left untouched.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ConsumerApp {

	/**
	 * Starts the application against the emulator.
	 * @param type servlet or reactive
	 * @param emulator the server to point at
	 * @param properties extra {@code name=value} properties
	 * @return the running context
	 */
	public static ConfigurableApplicationContext run(WebApplicationType type, ChameleonEmulator emulator,
			String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"chameleon.base-url=" + emulator.baseUrl(), "chameleon.account-secret=" + emulator.accountSecret(),
				"spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(ConsumerApp.class).web(type).properties(all.toArray(String[]::new)).run();
	}

}
