package io.github.chameleon4j.autoconfigure.observability;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.autoconfigure.ChameleonProperties;
import io.github.chameleon4j.autoconfigure.ConditionalOnChameleonClient;
import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.metrics.ChameleonCallObservationConvention;
import io.github.chameleon4j.metrics.DefaultChameleonCallObservationConvention;

/**
 * The logical-call observation ({@code chameleon.call}) of the auto-configured Chameleon client,
 * with the application's {@link ObservationRegistry} (through a
 * {@link ChameleonObservationClientCustomizer}) and its {@link ChameleonCallObservationConvention}
 * bean if it has one, else the default one for {@code chameleon.client-name}. Backs off without an
 * {@code ObservationRegistry} bean (Boot defines one with {@code spring-boot-micrometer-observation},
 * which Actuator brings).
 */
@AutoConfiguration(after = ChameleonAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ ObservationRegistry.class, ChameleonOperations.class })
@ConditionalOnBean({ ObservationRegistry.class, ChameleonProperties.class })
@ConditionalOnChameleonClient
public final class ChameleonObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ChameleonObservationClientCustomizer chameleonObservationClientCustomizer(
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<ChameleonCallObservationConvention> convention, ChameleonProperties properties) {
		return new ChameleonObservationClientCustomizer(observationRegistry::getObject, () -> convention
			.getIfAvailable(() -> new DefaultChameleonCallObservationConvention(properties.getClientName())));
	}

}
