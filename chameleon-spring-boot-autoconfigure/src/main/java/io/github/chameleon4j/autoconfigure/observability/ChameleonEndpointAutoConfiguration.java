package io.github.chameleon4j.autoconfigure.observability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.autoconfigure.ChameleonConnectionDetails;
import io.github.chameleon4j.autoconfigure.ChameleonProperties;
import io.github.chameleon4j.autoconfigure.ConditionalOnChameleonClient;
import io.github.chameleon4j.resilience.ResilienceState;

/**
 * Registers the {@code chameleon} Actuator endpoint ({@link ChameleonEndpoint}) when Actuator is
 * present and the endpoint is enabled and exposed.
 */
@AutoConfiguration(after = ChameleonAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(ChameleonProperties.class)
@ConditionalOnAvailableEndpoint(ChameleonEndpoint.class)
@ConditionalOnChameleonClient
public final class ChameleonEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ChameleonEndpoint chameleonEndpoint(ChameleonProperties properties,
			ObjectProvider<ChameleonConnectionDetails> connectionDetails,
			ObjectProvider<ResilienceState> resilienceState) {
		ChameleonConnectionDetails connection = connectionDetails.getIfAvailable();
		String baseUrl = (connection != null) ? connection.getBaseUrl() : properties.getBaseUrl();
		return new ChameleonEndpoint(properties.getClientName(), baseUrl, resilienceState::getIfUnique);
	}

}
