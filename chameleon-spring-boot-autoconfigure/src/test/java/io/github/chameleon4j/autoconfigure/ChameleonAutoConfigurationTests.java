package io.github.chameleon4j.autoconfigure;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.resilience.CallPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class ChameleonAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonAutoConfiguration.class, WebClientAutoConfiguration.class));

	@Test
	void whenSecretIsSetThenClientIsCreated() {
		this.contextRunner.withPropertyValues("chameleon.account-secret=top-secret").run((context) -> {
			assertThat(context).hasSingleBean(ChameleonOperations.class);
			assertThat(context.getBean(ChameleonOperations.class).toString()).contains("https://api.chameleon.io")
				.doesNotContain("top-secret");
		});
	}

	@Test
	void whenUserDefinesClientThenAutoConfigurationBacksOff() {
		this.contextRunner.withPropertyValues("chameleon.account-secret=top-secret")
			.withUserConfiguration(UserClientConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(ChameleonOperations.class)
				.getBean(ChameleonOperations.class)
				.isSameAs(context.getBean(UserClientConfiguration.class).client));
	}

	@Test
	void whenCustomizersExistThenTheyAreAppliedInOrder() {
		this.contextRunner.withPropertyValues("chameleon.account-secret=top-secret")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(ChameleonOperations.class);
				assertThat(context.getBean(CustomizerConfiguration.class).calls.get()).isEqualTo(2);
			});
	}

	@Test
	void whenCustomizerSetsInvalidValueThenStartupFailsNamingIt() {
		this.contextRunner.withPropertyValues("chameleon.account-secret=top-secret", "chameleon.base-url=not a url")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chameleon.base-url must be an absolute http(s) URL"));
	}

	@Test
	void whenTheBaseUrlIsPlainHttpToAnotherHostThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("chameleon.account-secret=top-secret",
				"chameleon.base-url=http://api.chameleon.io")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chameleon.allow-insecure-http"));
		this.contextRunner.withPropertyValues("chameleon.account-secret=top-secret",
				"chameleon.base-url=http://api.chameleon.io", "chameleon.allow-insecure-http=true")
			.run((context) -> assertThat(context).hasSingleBean(ChameleonOperations.class));
	}

	@Test
	void whenTheSecretHasALineBreakThenStartupFailsNamingThePropertyNotTheValue() {
		// as an environment variable set from a file with Windows line endings would carry it
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment().getPropertySources().addFirst(
					new org.springframework.core.env.MapPropertySource("env", java.util.Map.of("chameleon.account-secret",
							"top-secret\r\n"))))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chameleon.account-secret")
				.hasMessageNotContaining("top-secret"));
	}

	@Test
	void whenCallPolicyBeanExistsThenItWrapsCalls() {
		this.contextRunner.withPropertyValues("chameleon.account-secret=top-secret")
			.withBean(CallPolicy.class, CallPolicy::direct)
			.run((context) -> assertThat(context).hasSingleBean(ChameleonOperations.class));
	}

	@Test
	void whenSecretIsMissingThenStartupFailureTellsWhichPropertyToSet() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			MissingAccountSecretException cause = findCause(failure);
			assertThat(cause).isNotNull();
			FailureAnalysis analysis = new MissingAccountSecretFailureAnalyzer().analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(analysis.getAction()).contains("chameleon.account-secret");
			assertThat(analysis.getDescription()).contains("no account secret");
		});
	}

	@Test
	void whenSpringBootWebClientIsAbsentThenPlainBuilderIsUsed() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ChameleonAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.webclient"))
			.withPropertyValues("chameleon.account-secret=top-secret")
			.run((context) -> assertThat(context).hasSingleBean(ChameleonOperations.class));
	}

	@Test
	void whenWebClientIsAbsentThenNothingIsConfigured() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(WebClient.class))
			.withPropertyValues("chameleon.account-secret=top-secret")
			.run((context) -> assertThat(context).doesNotHaveBean(ChameleonOperations.class));
	}

	@Test
	void propertiesBindToTheirFields() {
		this.contextRunner
			.withPropertyValues("chameleon.account-secret=s", "chameleon.base-url=http://127.0.0.1:1",
					"chameleon.connect-timeout=2s", "chameleon.response-timeout=45s", "chameleon.max-connections=8",
					"chameleon.client-name=crm")
			.run((context) -> {
				ChameleonProperties properties = context.getBean(ChameleonProperties.class);
				assertThat(properties.getBaseUrl()).isEqualTo("http://127.0.0.1:1");
				assertThat(properties.getConnectTimeout()).hasSeconds(2);
				assertThat(properties.getResponseTimeout()).hasSeconds(45);
				assertThat(properties.getMaxConnections()).isEqualTo(8);
				assertThat(properties.getClientName()).isEqualTo("crm");
			});
	}

	private static MissingAccountSecretException findCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof MissingAccountSecretException missing) {
				return missing;
			}
		}
		return null;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		final ChameleonOperations client = ChameleonOperations.builder().accountSecret("mine").build();

		@Bean
		ChameleonOperations userClient() {
			return this.client;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		final AtomicInteger calls = new AtomicInteger();

		@Bean
		ChameleonClientCustomizer first() {
			return (builder) -> this.calls.incrementAndGet();
		}

		@Bean
		ChameleonClientCustomizer second() {
			return (builder) -> this.calls.incrementAndGet();
		}

	}

}
