package io.github.chameleon4j.autoconfigure;

import java.io.IOException;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

import io.github.chameleon4j.autoconfigure.resilience.ChameleonResilienceAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid {@code chameleon.*} values fail startup while the properties are bound, with Boot's
 * "Binding to target ... failed" report naming the property, its value and the file and line it
 * came from, not with a builder's exception deep in a bean creation.
 */
class ChameleonPropertiesValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonResilienceAutoConfiguration.class,
				ChameleonAutoConfiguration.class, WebClientAutoConfiguration.class));

	@Test
	void aSlowdownFactorAboveOneIsReportedWithItsPropertyValueAndOrigin() {
		assertReport("invalid/slowdown-factor.properties", "chameleon.resilience.pace.slowdownFactor", "2.0",
				"class path resource [invalid/slowdown-factor.properties] - 2:",
				"chameleon.resilience.pace.slowdown-factor must be in (0, 1]");
	}

	@Test
	void zeroMaxAttemptsIsReportedWithItsPropertyValueAndOrigin() {
		assertReport("invalid/max-attempts.properties", "chameleon.resilience.retry.maxAttempts", "0",
				"class path resource [invalid/max-attempts.properties] - 2:",
				"chameleon.resilience.retry.max-attempts must be at least 1");
	}

	@Test
	void aBaseUrlWithoutSchemeIsReportedWithItsPropertyValueAndOrigin() {
		assertReport("invalid/base-url.properties", "chameleon.baseUrl", "api.chameleon.io",
				"class path resource [invalid/base-url.properties] - 2:",
				"chameleon.base-url must be an absolute http(s) URL");
	}

	@Test
	void theReportNeverShowsTheAccountSecret() {
		this.contextRunner.withInitializer((context) -> load(context, "invalid/base-url.properties"))
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription())
				.doesNotContain("top-secret"));
	}

	@Test
	void validValuesStartTheClient() {
		this.contextRunner
			.withPropertyValues("chameleon.account-secret=s", "chameleon.resilience.pace.slowdown-factor=1",
					"chameleon.resilience.retry.max-attempts=1", "chameleon.base-url=http://localhost:8089")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private void assertReport(String file, String property, String value, String origin, String reason) {
		this.contextRunner.withInitializer((context) -> load(context, file)).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasCauseInstanceOf(ConfigurationPropertiesBindException.class);
			String description = analyze(context.getStartupFailure()).getDescription();
			assertThat(description).startsWith("Binding to target")
				.contains("Property: " + property)
				.contains("Value: \"" + value + "\"")
				.contains("Origin: " + origin)
				.contains("Reason: " + reason);
		});
	}

	private static void load(org.springframework.context.ConfigurableApplicationContext context, String file) {
		try {
			new PropertiesPropertySourceLoader().load(file, new ClassPathResource(file))
				.forEach(context.getEnvironment().getPropertySources()::addFirst);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What Boot reports for a failed startup: the first analysis of its registered failure analyzers. */
	private static FailureAnalysis analyze(Throwable failure) {
		return SpringFactoriesLoader.forDefaultResourceLocation(ChameleonPropertiesValidationTests.class.getClassLoader())
			.load(FailureAnalyzer.class, ArgumentResolver.none(), FailureHandler.handleMessage((message, ex) -> {
			}))
			.stream()
			.map((analyzer) -> analyzer.analyze(failure))
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow();
	}

}
