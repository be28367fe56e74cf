package io.github.chameleon4j.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks {@code chameleon.account-secret} and {@code chameleon.webhooks.secret} in Actuator's
 * {@code env} and {@code configprops} endpoints, even with {@code show-values=always}, in every form a
 * property source may spell them ({@code chameleon.account-secret}, {@code chameleon.accountSecret},
 * {@code CHAMELEON_ACCOUNT_SECRET}, ...). No other value is touched. Backs off without Actuator.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class ChameleonSecretsSanitizingAutoConfiguration {

	// Keys with case, dots, dashes and underscores ignored, as relaxed binding reads them.
	private static final Set<String> SECRETS = Set.of("chameleonaccountsecret", "chameleonwebhookssecret");

	@Bean
	@ConditionalOnMissingBean(name = "chameleonSecretsSanitizingFunction")
	SanitizingFunction chameleonSecretsSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(ChameleonSecretsSanitizingAutoConfiguration::isSecret);
	}

	static boolean isSecret(String key) {
		StringBuilder uniform = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c != '.' && c != '-' && c != '_') {
				uniform.append(c);
			}
		}
		return SECRETS.contains(uniform.toString().toLowerCase(Locale.ROOT));
	}

}
