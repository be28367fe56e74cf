package io.github.chameleon4j.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.webhook.WebhookHeaders;
import io.github.chameleon4j.webhook.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Real applications with every auto-configuration on the test classpath (Actuator, Micrometer,
 * Resilience4j, both web stacks), started with {@code SpringApplication}: the README's webhook-only
 * application serves webhooks, and an application that injects the client without an account secret
 * fails with Boot's startup report naming {@code chameleon.account-secret}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChameleonStartupApplicationTests {

	private static final String WEBHOOK_SECRET = "whsec-startup-7c1d";

	@ParameterizedTest
	@EnumSource(value = WebApplicationType.class, names = { "SERVLET", "REACTIVE" })
	void aWebhookOnlyApplicationStartsAndReceivesWebhooks(WebApplicationType type) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WebhookOnlyApplication.class)
			.web(type)
			.properties("server.port=0", "server.address=127.0.0.1", "chameleon.webhooks.secret=" + WEBHOOK_SECRET)
			.run()) {
			assertThat(context.getBeanProvider(ChameleonOperations.class).getIfAvailable()).isNull();
			int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			byte[] body = ("{\"id\":\"only-1\",\"kind\":\"ping\",\"sent_at\":\"" + Instant.now() + "\",\"data\":{}}")
				.getBytes();
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/chameleon/webhooks"))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.header(WebhookHeaders.SIGNATURE, WebhookSignature.sign(WEBHOOK_SECRET, body))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();

			HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("{\"status\":\"accepted\"}");
		}
	}

	@Test
	void aWebhookOnlyApplicationThatInjectsTheClientFailsNamingTheAccountSecret(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(ClientApplication.class)
			.web(WebApplicationType.NONE)
			.properties("chameleon.webhooks.secret=" + WEBHOOK_SECRET)
			.run()
			.close());

		assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
				"Only chameleon.webhooks.secret is set", "Set the property 'chameleon.account-secret'")
			.doesNotContain(WEBHOOK_SECRET);
	}

	@Test
	void anApplicationThatInjectsTheClientWithoutAnySettingFailsNamingTheAccountSecret(CapturedOutput output) {
		assertThatException().isThrownBy(
				() -> new SpringApplicationBuilder(ClientApplication.class).web(WebApplicationType.NONE).run().close());

		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "no account secret is configured",
				"Set the property 'chameleon.account-secret'");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class WebhookOnlyApplication {

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ClientApplication {

		@Bean
		String usesTheClient(ChameleonOperations chameleon) {
			return chameleon.toString();
		}

	}

}
