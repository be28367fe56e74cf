package io.github.chameleon4j.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.type.MethodMetadata;
import org.springframework.http.client.reactive.ClientHttpConnector;

import io.github.chameleon4j.client.ChameleonOperationsBuilder;

/**
 * Sets the client's transport from the application: a {@link ClientHttpConnector} bean the application
 * defined itself is used as it is; otherwise the connector is built with Boot's
 * {@link ClientHttpConnectorBuilder} and {@link HttpClientSettings} beans ({@code spring.http.clients.*},
 * its customizers, the shared Reactor resources), with the {@code chameleon.*} values laid over them
 * where set.
 */
final class ChameleonConnectorConfigurer {

	private final ConfigurableListableBeanFactory beanFactory;

	private final ObjectProvider<ClientHttpConnector> connectors;

	private final ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder;

	private final ObjectProvider<HttpClientSettings> httpClientSettings;

	private final ObjectProvider<SslBundles> sslBundles;

	ChameleonConnectorConfigurer(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<ClientHttpConnector> connectors, ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles) {
		this.beanFactory = beanFactory;
		this.connectors = connectors;
		this.connectorBuilder = connectorBuilder;
		this.httpClientSettings = httpClientSettings;
		this.sslBundles = sslBundles;
	}

	void configure(ChameleonOperationsBuilder builder, ChameleonProperties properties) {
		String bundle = properties.getSsl().getBundle();
		ClientHttpConnector own = applicationConnector();
		if (own != null) {
			// the application's connector is used as it is: a TLS or timeout setting meant for this client
			// would be ignored without a word
			rejectIfSet("chameleon.ssl.bundle", bundle);
			rejectIfSet("chameleon.connect-timeout", properties.getConnectTimeout());
			rejectIfSet("chameleon.read-timeout", properties.getReadTimeout());
			builder.clientConnector(own);
			return;
		}
		if (bundle != null && !bundle.isBlank()) {
			builder.sslBundle(sslBundle(bundle));
		}
		this.connectorBuilder.ifAvailable(builder::connectorBuilder);
		this.httpClientSettings.ifAvailable(builder::httpClientSettings);
		if (properties.getConnectTimeout() != null) {
			builder.connectTimeout(properties.getConnectTimeout());
		}
		if (properties.getReadTimeout() != null) {
			builder.readTimeout(properties.getReadTimeout());
		}
		builder.maxConnections(properties.getMaxConnections()).maxIdleTime(properties.getMaxIdleTime());
	}

	private static void rejectIfSet(String property, @Nullable Object value) {
		if (value != null) {
			throw new InvalidConfigurationPropertyValueException(property, value,
					"The application defines its own ClientHttpConnector bean, which the Chameleon client uses as it is;"
							+ " configure that connector instead, or remove the property");
		}
	}

	private SslBundle sslBundle(String name) {
		SslBundles bundles = this.sslBundles.getIfAvailable();
		if (bundles == null) {
			throw new InvalidConfigurationPropertyValueException("chameleon.ssl.bundle", name,
					"No SSL bundles are configured (spring.ssl.bundle.*)");
		}
		try {
			return bundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidConfigurationPropertyValueException("chameleon.ssl.bundle", name,
					"No SSL bundle is configured with this name (spring.ssl.bundle.*); configured: "
							+ bundles.getBundleNames());
		}
	}

	/**
	 * The application's own connector: a {@code ClientHttpConnector} bean not defined by Spring Boot
	 * (Boot defines its connector only when the application has none).
	 * @return the connector, or {@code null} when there is none or no single one
	 */
	private @Nullable ClientHttpConnector applicationConnector() {
		for (String name : this.beanFactory.getBeanNamesForType(ClientHttpConnector.class, true, false)) {
			if (!definedBySpringBoot(name)) {
				return this.connectors.getIfUnique();
			}
		}
		return null;
	}

	private boolean definedBySpringBoot(String name) {
		if (!this.beanFactory.containsBeanDefinition(name)) {
			return false;
		}
		BeanDefinition definition = this.beanFactory.getBeanDefinition(name);
		String declaringClass = definition.getBeanClassName();
		if (definition instanceof AnnotatedBeanDefinition annotated) {
			MethodMetadata factoryMethod = annotated.getFactoryMethodMetadata();
			declaringClass = (factoryMethod != null) ? factoryMethod.getDeclaringClassName()
					: annotated.getMetadata().getClassName();
		}
		return declaringClass != null && declaringClass.startsWith("org.springframework.boot.");
	}

}
