package io.github.chameleon4j.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real servlet application with Actuator on 127.0.0.1, {@code show-values=always} for both
 * endpoints, and both secrets set in three spellings from three property sources: neither
 * {@code /actuator/env} nor {@code /actuator/configprops} shows any of them, and every other value is
 * still shown.
 */
class ChameleonSecretsActuatorApplicationTests {

	private static final List<String> SECRETS = List.of("acct-kebab-81f2", "acct-camel-81f2", "acct-env-81f2",
			"whsec-kebab-5d0c", "whsec-camel-5d0c", "whsec-env-5d0c");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static ConfigurableApplicationContext context;

	private static int port;

	@BeforeAll
	static void start() {
		context = new SpringApplicationBuilder(ActuatorApplication.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "server.address=127.0.0.1",
					"management.endpoints.web.exposure.include=env,configprops",
					"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
					"chameleon.base-url=http://127.0.0.1:1/visible-base", "chameleon.webhooks.path=/visible/hooks",
					"other.api.secret=visible-other-secret", "chameleon.account-secret=acct-kebab-81f2",
					"chameleon.webhooks.secret=whsec-kebab-5d0c")
			.initializers((app) -> {
				var sources = app.getEnvironment().getPropertySources();
				sources.addFirst(new MapPropertySource("camelCase", Map.of("chameleon.accountSecret", "acct-camel-81f2",
						"chameleon.webhooks.Secret", "whsec-camel-5d0c")));
				sources.addLast(new SystemEnvironmentPropertySource("testEnvironment", Map.of("CHAMELEON_ACCOUNT_SECRET",
						"acct-env-81f2", "CHAMELEON_WEBHOOKS_SECRET", "whsec-env-5d0c")));
			})
			.run();
		port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@Test
	void envShowsNeitherSecretInAnySpellingButEverythingElse() throws Exception {
		String env = get("/actuator/env");

		assertThat(env).doesNotContain(SECRETS)
			.contains("CHAMELEON_ACCOUNT_SECRET", "CHAMELEON_WEBHOOKS_SECRET", "chameleon.accountSecret",
					"chameleon.webhooks.Secret", "chameleon.account-secret", "chameleon.webhooks.secret")
			.contains("http://127.0.0.1:1/visible-base", "/visible/hooks", "visible-other-secret")
			.contains("******");
	}

	@Test
	void aSingleSecretPropertyIsMaskedToo() throws Exception {
		assertThat(get("/actuator/env/chameleon.account-secret")).doesNotContain(SECRETS).contains("******");
		assertThat(get("/actuator/env/chameleon.webhooks.secret")).doesNotContain(SECRETS).contains("******");
		assertThat(get("/actuator/env/chameleon.base-url")).contains("http://127.0.0.1:1/visible-base");
	}

	@Test
	void configpropsShowsNeitherSecretButTheOtherChameleonSettings() throws Exception {
		String configprops = get("/actuator/configprops");

		assertThat(configprops).doesNotContain(SECRETS)
			.contains("\"accountSecret\"", "\"secret\"", "******")
			.contains("http://127.0.0.1:1/visible-base", "/visible/hooks");
	}

	private static String get(String path) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ActuatorApplication {

	}

}
