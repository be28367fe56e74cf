package io.github.chameleon4j.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.ChameleonOperationsBuilder;
import io.github.chameleon4j.resilience.CallPolicy;

/**
 * Auto-configures {@link ChameleonOperations} from {@code chameleon.*} properties, built from
 * Boot's prototype {@code WebClient.Builder} when there is one, over a connector built with Boot's
 * {@code ClientHttpConnectorBuilder} and {@code HttpClientSettings} ({@code spring.http.clients.*})
 * with the {@code chameleon.*} transport values laid over them, or over the application's own
 * {@code ClientHttpConnector} bean. The base URL and account secret come from a
 * {@link ChameleonConnectionDetails} bean when there is one (the emulator's test support registers
 * one), else from the properties. Defines no application-wide {@code WebClient}, {@code JsonMapper},
 * {@code ClientHttpConnector} or {@code WebClientCustomizer}. Backs off in a webhook-only
 * application ({@link ConditionalOnChameleonClient}).
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, ChameleonOperations.class })
@ConditionalOnChameleonClient
@EnableConfigurationProperties(ChameleonProperties.class)
public final class ChameleonAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ChameleonConnectionDetails.class)
	PropertiesChameleonConnectionDetails chameleonConnectionDetails(ChameleonProperties properties) {
		return new PropertiesChameleonConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	ChameleonOperations chameleonOperations(ChameleonProperties properties,
			ChameleonConnectionDetails connectionDetails, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<CallPolicy> callPolicy, ObjectProvider<ChameleonClientCustomizer> customizers,
			ConfigurableListableBeanFactory beanFactory, ObjectProvider<ClientHttpConnector> connectors,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles) {
		String secret = connectionDetails.getAccountSecret();
		if (secret == null || secret.isBlank()) {
			throw new MissingAccountSecretException();
		}
		ChameleonOperationsBuilder builder = ChameleonOperations.builder()
			.accountSecret(secret)
			.baseUrl(connectionDetails.getBaseUrl())
			.allowInsecureHttp(properties.isAllowInsecureHttp())
			.responseTimeout(properties.getResponseTimeout())
			.maxResponseSize(properties.getMaxResponseSize())
			.callPolicy(callPolicy.getIfAvailable(CallPolicy::direct));
		webClientBuilder.ifAvailable(builder::webClientBuilder);
		new ChameleonConnectorConfigurer(beanFactory, connectors, connectorBuilder, httpClientSettings, sslBundles)
			.configure(builder, properties);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

}
