package io.github.chameleon4j.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.chameleon4j.autoconfigure.observability.ChameleonEndpoint;
import io.github.chameleon4j.autoconfigure.observability.ChameleonEndpointAutoConfiguration;
import io.github.chameleon4j.autoconfigure.resilience.ChameleonResilienceAutoConfiguration;
import io.github.chameleon4j.autoconfigure.webhook.ChameleonWebhookAutoConfiguration;
import io.github.chameleon4j.client.ChameleonOperations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ChameleonConnectionDetails}: the properties by default, a registered bean instead of them
 * (as the emulator's test support registers one).
 */
class ChameleonConnectionDetailsTests {

	private static final WireMockServer server = new WireMockServer(
			options().bindAddress("127.0.0.1").dynamicPort());

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonResilienceAutoConfiguration.class,
				ChameleonAutoConfiguration.class, WebClientAutoConfiguration.class,
				ChameleonEndpointAutoConfiguration.class, ChameleonWebhookAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=chameleon",
				"chameleon.resilience.pace.enabled=false");

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void stubATour() {
		server.resetAll();
		server.stubFor(get(urlEqualTo("/v3/edit/tours/t1")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"tour\":{\"id\":\"t1\"}}")));
	}

	@Test
	void byDefaultTheyAreTheProperties() {
		this.contextRunner.withPropertyValues("chameleon.account-secret=from-properties").run((context) -> {
			ChameleonConnectionDetails details = context.getBean(ChameleonConnectionDetails.class);
			assertThat(details).isInstanceOf(PropertiesChameleonConnectionDetails.class);
			assertThat(details.getBaseUrl()).isEqualTo("https://api.chameleon.io");
			assertThat(details.getAccountSecret()).isEqualTo("from-properties");
			assertThat(details.toString()).doesNotContain("from-properties");
		});
	}

	@Test
	void aRegisteredBeanReplacesTheBaseUrlAndSecretOfTheProperties() {
		this.contextRunner
			.withPropertyValues("chameleon.account-secret=from-properties", "chameleon.base-url=https://unused.example")
			.withInitializer(registered(new Fixed(server.baseUrl(), "from-details")))
			.run((context) -> {
				assertThat(context).hasSingleBean(ChameleonConnectionDetails.class)
					.doesNotHaveBean(PropertiesChameleonConnectionDetails.class);
				ChameleonOperations client = context.getBean(ChameleonOperations.class);
				assertThat(client.tours().get("t1").block(Duration.ofSeconds(10)).id()).isEqualTo("t1");
				server.verify(1, getRequestedFor(urlEqualTo("/v3/edit/tours/t1"))
					.withHeader("X-Account-Secret", equalTo("from-details")));
				assertThat(context.getBean(ChameleonEndpoint.class).chameleon().clients().get("chameleon").baseUrl())
					.isEqualTo(server.baseUrl());
			});
	}

	@Test
	void aRegisteredBeanConfiguresTheClientWithoutTheSecretPropertyEvenBesideAWebhookSecret() {
		this.contextRunner.withPropertyValues("chameleon.webhooks.secret=whsec-1234")
			.withInitializer(registered(new Fixed(server.baseUrl(), "from-details")))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ChameleonOperations.class));
		// without it, the same application is webhook-only
		this.contextRunner.withPropertyValues("chameleon.webhooks.secret=whsec-1234")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ChameleonOperations.class));
	}

	@Test
	void aRegisteredBeanWithoutASecretFailsStartupNamingTheProperty() {
		this.contextRunner.withInitializer(registered(new Fixed(server.baseUrl(), null)))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(MissingAccountSecretException.class));
	}

	private static ApplicationContextInitializer<ConfigurableApplicationContext> registered(
			ChameleonConnectionDetails details) {
		return (context) -> context.getBeanFactory().registerSingleton("testConnectionDetails", details);
	}

	private static final class Fixed implements ChameleonConnectionDetails {

		private final String baseUrl;

		@Nullable
		private final String secret;

		Fixed(String baseUrl, @Nullable String secret) {
			this.baseUrl = baseUrl;
			this.secret = secret;
		}

		@Override
		public String getBaseUrl() {
			return this.baseUrl;
		}

		@Override
		@Nullable
		public String getAccountSecret() {
			return this.secret;
		}

	}

}
