package io.github.chameleon4j.autoconfigure.webhook;

import java.time.Clock;
import java.time.Duration;

import io.github.chameleon4j.webhook.SignedWebhooks;
import io.github.chameleon4j.webhook.WebhookDeduplicator;
import io.github.chameleon4j.webhook.WebhookReceiver;
import io.github.chameleon4j.webhook.WebhookVerifier;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ChameleonWebhookAutoConfigurationTests {

	private static final String SECRET = "chameleon.webhooks.secret=" + SignedWebhooks.SECRET;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonWebhookAutoConfiguration.class));

	@Test
	void withoutASecretThereAreNoWebhookBeans() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(WebhookVerifier.class);
			assertThat(context).doesNotHaveBean(WebhookReceiver.class);
			assertThat(context).doesNotHaveBean(ChameleonWebhookProperties.class);
		});
	}

	@Test
	void aBlankSecretMeansOffNotAnError() {
		this.contextRunner.withPropertyValues("chameleon.webhooks.secret=  ")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(WebhookReceiver.class));
	}

	@Test
	void whenDisabledThereAreNoWebhookBeansEvenWithASecret() {
		this.contextRunner.withPropertyValues(SECRET, "chameleon.webhooks.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookReceiver.class));
	}

	@Test
	void withASecretTheReceiverIsConfiguredFromTheProperties() {
		this.contextRunner
			.withPropertyValues(SECRET, "chameleon.webhooks.tolerance=90s", "chameleon.webhooks.max-body-size=64KB",
					"chameleon.webhooks.dedup-window=2h", "chameleon.webhooks.dedup-max-entries=5")
			.run((context) -> {
				assertThat(context).hasSingleBean(WebhookVerifier.class)
					.hasSingleBean(WebhookDeduplicator.class)
					.hasSingleBean(WebhookReceiver.class);
				WebhookVerifier verifier = context.getBean(WebhookVerifier.class);
				assertThat(verifier.tolerance()).isEqualTo(Duration.ofSeconds(90));
				assertThat(verifier.maxBodySize()).isEqualTo(64 * 1024);
				assertThat(context.getBean(WebhookDeduplicator.class).toString()).contains("PT2H", "maxEntries=5");
			});
	}

	@Test
	void defaultsMatchChameleonsRecommendations() {
		this.contextRunner.withPropertyValues(SECRET).run((context) -> {
			ChameleonWebhookProperties properties = context.getBean(ChameleonWebhookProperties.class);
			assertThat(properties.getPath()).isEqualTo("/chameleon/webhooks");
			assertThat(properties.getTolerance()).isEqualTo(Duration.ofMinutes(5));
			assertThat(properties.getDedupWindow()).isEqualTo(Duration.ofHours(48));
			assertThat(context.getBean(WebhookVerifier.class).maxBodySize()).isEqualTo(1024 * 1024);
		});
	}

	@Test
	void userDefinedBeansWin() {
		this.contextRunner.withPropertyValues(SECRET).withUserConfiguration(CustomBeans.class).run((context) -> {
			assertThat(context).hasSingleBean(WebhookVerifier.class);
			assertThat(context.getBean(WebhookVerifier.class)).isSameAs(CustomBeans.VERIFIER);
			assertThat(context.getBean(WebhookReceiver.class).verifier()).isSameAs(CustomBeans.VERIFIER);
		});
	}

	@Test
	void nonWebApplicationsGetNoEndpoint() {
		this.contextRunner.withPropertyValues(SECRET)
			.run((context) -> assertThat(context).doesNotHaveBean("chameleonWebhookRouter"));
	}

	@Test
	void servletApplicationsGetAnMvcRouter() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChameleonWebhookAutoConfiguration.class))
			.withPropertyValues(SECRET)
			.run((context) -> assertThat(context.getBean("chameleonWebhookRouter"))
				.isInstanceOf(org.springframework.web.servlet.function.RouterFunction.class));
	}

	@Test
	void servletApplicationsWithoutSpringMvcGetNoRouter() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChameleonWebhookAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(org.springframework.web.servlet.function.RouterFunction.class))
			.withPropertyValues(SECRET)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(WebhookReceiver.class)
				.doesNotHaveBean("chameleonWebhookRouter"));
	}

	@Test
	void reactiveApplicationsGetAWebFluxRouter() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChameleonWebhookAutoConfiguration.class))
			.withPropertyValues(SECRET)
			.run((context) -> assertThat(context.getBean("chameleonWebhookRouter"))
				.isInstanceOf(org.springframework.web.reactive.function.server.RouterFunction.class));
	}

	@Test
	void aPathWithoutLeadingSlashFailsStartupWithThePropertyNamed() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChameleonWebhookAutoConfiguration.class))
			.withPropertyValues(SECRET, "chameleon.webhooks.path=hooks")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chameleon.webhooks.path"));
	}

	@Test
	void theSecretIsNotInTheConditionReportNorInBeanDescriptions() {
		this.contextRunner.withPropertyValues(SECRET).run((context) -> {
			assertThat(context.getBean(WebhookVerifier.class).toString()).doesNotContain(SignedWebhooks.SECRET);
			assertThat(context.getBean(WebhookReceiver.class).toString()).doesNotContain(SignedWebhooks.SECRET);
			assertThat(org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport
				.get(context.getBeanFactory())
				.getConditionAndOutcomesBySource()
				.toString()).doesNotContain(SignedWebhooks.SECRET);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomBeans {

		static final WebhookVerifier VERIFIER = WebhookVerifier.builder("custom-secret").clock(Clock.systemUTC()).build();

		@Bean
		WebhookVerifier customVerifier() {
			return VERIFIER;
		}

	}

}
