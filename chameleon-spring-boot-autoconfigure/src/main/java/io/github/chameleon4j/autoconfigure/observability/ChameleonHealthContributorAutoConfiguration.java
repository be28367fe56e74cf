package io.github.chameleon4j.autoconfigure.observability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.autoconfigure.ChameleonProperties;
import io.github.chameleon4j.autoconfigure.ConditionalOnChameleonClient;
import io.github.chameleon4j.resilience.ResilienceState;

/**
 * Registers the {@code chameleon} health contributor ({@link ChameleonHealthIndicator}). Backs
 * off without Spring Boot's health support and when {@code management.health.chameleon.enabled=false};
 * {@code management.health.chameleon.down-on-failure=true} makes an open circuit and rejected
 * credentials {@code DOWN}.
 */
@AutoConfiguration(after = ChameleonAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(ChameleonProperties.class)
@ConditionalOnEnabledHealthIndicator("chameleon")
@ConditionalOnChameleonClient
@EnableConfigurationProperties(ChameleonHealthIndicatorProperties.class)
public final class ChameleonHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "chameleonHealthIndicator")
	ChameleonHealthIndicator chameleonHealthIndicator(ObjectProvider<ResilienceState> resilienceState,
			ChameleonProperties properties, ChameleonHealthIndicatorProperties healthProperties) {
		return new ChameleonHealthIndicator(resilienceState::getIfUnique, properties.getClientName(),
				healthProperties.isDownOnFailure());
	}

}
