package io.github.chameleon4j.autoconfigure;

import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.chameleon4j.autoconfigure.observability.ChameleonEndpoint;
import io.github.chameleon4j.autoconfigure.observability.ChameleonEndpointAutoConfiguration;
import io.github.chameleon4j.autoconfigure.observability.ChameleonHealthContributorAutoConfiguration;
import io.github.chameleon4j.autoconfigure.observability.ChameleonHealthIndicator;
import io.github.chameleon4j.autoconfigure.observability.ChameleonMetricsAutoConfiguration;
import io.github.chameleon4j.autoconfigure.observability.ChameleonResilience4jMetricsAutoConfiguration;
import io.github.chameleon4j.autoconfigure.resilience.ChameleonResilienceAutoConfiguration;
import io.github.chameleon4j.autoconfigure.webhook.ChameleonWebhookAutoConfiguration;
import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that only receives webhooks sets {@code chameleon.webhooks.secret} and no account
 * secret: it starts without the client and without anything built around the client, while an
 * application that needs the client still fails at startup naming {@code chameleon.account-secret}.
 */
class WebhookOnlyApplicationTests {

	private static final String WEBHOOK_SECRET = "chameleon.webhooks.secret=whsec-only-4411";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonResilienceAutoConfiguration.class,
				ChameleonAutoConfiguration.class, WebClientAutoConfiguration.class, ChameleonMetricsAutoConfiguration.class,
				ChameleonResilience4jMetricsAutoConfiguration.class, ChameleonHealthContributorAutoConfiguration.class,
				ChameleonEndpointAutoConfiguration.class, ChameleonWebhookAutoConfiguration.class))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withBean(RetryRegistry.class, RetryRegistry::ofDefaults)
		.withPropertyValues("management.endpoints.web.exposure.include=chameleon");

	@Test
	void withOnlyTheWebhookSecretTheAppStartsWithTheEndpointAndNothingOfTheClient() {
		this.contextRunner.withPropertyValues(WEBHOOK_SECRET).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(WebhookReceiver.class);
			assertThat(context).doesNotHaveBean(ChameleonOperations.class)
				.doesNotHaveBean(ChameleonProperties.class)
				.doesNotHaveBean(CallPolicy.class)
				.doesNotHaveBean(ChameleonMetricsFilter.class)
				.doesNotHaveBean(TaggedRetryMetrics.class)
				.doesNotHaveBean(ChameleonHealthIndicator.class)
				.doesNotHaveBean(ChameleonEndpoint.class);
		});
	}

	@Test
	void withBothSecretsTheClientAndEverythingAroundItIsThereToo() {
		this.contextRunner.withPropertyValues(WEBHOOK_SECRET, "chameleon.account-secret=acct-4411").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(WebhookReceiver.class);
			assertThat(context).hasSingleBean(ChameleonOperations.class)
				.hasSingleBean(CallPolicy.class)
				.hasSingleBean(ChameleonMetricsFilter.class)
				.hasSingleBean(TaggedRetryMetrics.class)
				.hasSingleBean(ChameleonHealthIndicator.class)
				.hasSingleBean(ChameleonEndpoint.class);
		});
	}

	@Test
	void withNoSettingsAtAllTheClientIsStillExpectedAndStartupFailsNamingTheSecret() {
		this.contextRunner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOf(MissingAccountSecretException.class)
			.hasMessageContaining("chameleon.account-secret"));
	}

	@Test
	void aBlankOrDisabledWebhookEndpointDoesNotMakeTheAppWebhookOnly() {
		this.contextRunner.withPropertyValues("chameleon.webhooks.secret=  ")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(MissingAccountSecretException.class));
		this.contextRunner.withPropertyValues(WEBHOOK_SECRET, "chameleon.webhooks.enabled=false")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(MissingAccountSecretException.class));
	}

	@Test
	void aWebhookOnlyAppThatInjectsTheClientFailsWithAReportNamingTheAccountSecret() {
		this.contextRunner.withPropertyValues(WEBHOOK_SECRET).withUserConfiguration(NeedsTheClient.class).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new MissingChameleonOperationsFailureAnalyzer(
					new MockEnvironment().withProperty("chameleon.webhooks.secret", "whsec-only-4411"))
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("ChameleonOperations", "chameleon.webhooks.secret");
			assertThat(analysis.getAction()).contains("chameleon.account-secret").doesNotContain("whsec-only-4411");
		});
	}

	@Test
	void whenTheClientIsMissingForAnotherReasonBootsOwnReportIsLeftToExplainIt() {
		this.contextRunner.withPropertyValues(WEBHOOK_SECRET, "chameleon.account-secret=acct-4411")
			.withClassLoader(new FilteredClassLoader(WebClient.class))
			.withUserConfiguration(NeedsTheClient.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(new MissingChameleonOperationsFailureAnalyzer(
						new MockEnvironment().withProperty("chameleon.webhooks.secret", "whsec-only-4411")
							.withProperty("chameleon.account-secret", "acct-4411"))
					.analyze(context.getStartupFailure())).isNull();
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsTheClient {

		@Bean
		String usesTheClient(ChameleonOperations chameleon) {
			return chameleon.toString();
		}

	}

}
