package io.github.chameleon4j.it;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;

import io.github.chameleon4j.client.blocking.BlockingChameleonOperations;
import io.github.chameleon4j.test.ChameleonEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the side effect the README warns about: with the starter on the classpath, Boot picks Reactor
 * Netty for the application's own {@code RestClient}/{@code RestTemplate} unless
 * {@code spring.http.clients.imperative.factory} says otherwise. The two applications run one after
 * the other: Boot's {@code ReactorResourceFactory} disposes the global Reactor Netty resources when a
 * context closes, which would stop the connections of any other context still running in the JVM
 * (the starter's client uses Boot's resources, as Boot's own {@code WebClient} does).
 */
class RestClientDetectionTests {

	@Test
	void theStarterMakesBootPickReactorNettyForRestClientsUnlessTheFactoryIsSet() {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder().start()) {
			try (ConfigurableApplicationContext app = start(emulator)) {
				assertThat(app.getBean(ClientHttpRequestFactory.class)).isInstanceOf(ReactorClientHttpRequestFactory.class);
			}
			try (ConfigurableApplicationContext jdk = start(emulator, "spring.http.clients.imperative.factory=jdk")) {
				assertThat(jdk.getBean(ClientHttpRequestFactory.class)).isInstanceOf(JdkClientHttpRequestFactory.class);
				assertThat(jdk.getBean(BlockingChameleonOperations.class)).isNotNull();
			}
		}
	}

	private static ConfigurableApplicationContext start(ChameleonEmulator emulator, String... properties) {
		return new SpringApplicationBuilder(BlockingServletAppTests.ServletApp.class)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"chameleon.base-url=" + emulator.baseUrl(), "chameleon.account-secret=" + emulator.accountSecret())
			.properties(properties)
			.run();
	}

}
