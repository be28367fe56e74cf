package io.github.chameleon4j.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ChameleonSecretsSanitizingAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonSecretsSanitizingAutoConfiguration.class));

	@Test
	void withActuatorASanitizingFunctionIsContributed() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(SanitizingFunction.class)
			.hasBean("chameleonSecretsSanitizingFunction"));
	}

	@Test
	void withoutActuatorItBacksOff() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("chameleonSecretsSanitizingFunction"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "chameleon.account-secret", "chameleon.accountSecret", "CHAMELEON_ACCOUNT_SECRET",
			"CHAMELEON_ACCOUNTSECRET", "chameleon.account_secret", "chameleon.webhooks.secret", "CHAMELEON_WEBHOOKS_SECRET",
			"Chameleon.Webhooks.Secret" })
	void bothSecretsAreMaskedInEveryForm(String key) {
		this.contextRunner.run((context) -> assertThat(sanitize(context.getBean(SanitizingFunction.class), key))
			.isEqualTo(SanitizableData.SANITIZED_VALUE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "chameleon.base-url", "chameleon.client-name", "chameleon.webhooks.path",
			"chameleon.webhooks.enabled", "chameleon.secret", "chameleon.webhooks.secret-hint", "other.account-secret",
			"spring.chameleon.account-secret", "CHAMELEON_BASE_URL", "chameleon.resilience.retry.max-attempts" })
	void nothingElseIsMasked(String key) {
		this.contextRunner.run((context) -> assertThat(sanitize(context.getBean(SanitizingFunction.class), key))
			.isEqualTo("plain-value"));
	}

	private static Object sanitize(SanitizingFunction function, String key) {
		return function.applyUnlessFiltered(new SanitizableData(null, key, "plain-value")).getValue();
	}

}
