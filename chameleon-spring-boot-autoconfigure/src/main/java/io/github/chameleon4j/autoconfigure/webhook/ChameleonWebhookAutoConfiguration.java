package io.github.chameleon4j.autoconfigure.webhook;

import java.time.Clock;

import io.github.chameleon4j.webhook.WebhookDeduplicator;
import io.github.chameleon4j.webhook.WebhookReceiver;
import io.github.chameleon4j.webhook.WebhookVerifier;
import io.github.chameleon4j.webhook.event.ChameleonWebhookEvents;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.Assert;

/**
 * Receives Chameleon's outgoing webhooks at {@code chameleon.webhooks.path} and publishes each
 * verified, first-seen webhook as a typed {@link io.github.chameleon4j.webhook.event.ChameleonWebhookEvent}.
 * Active only when {@code chameleon.webhooks.secret} is set; the endpoint is registered for WebFlux or
 * Spring MVC applications, whichever the application runs. An application {@link Clock} bean, if any,
 * defines "now" for the freshness check and the deduplication window.
 */
@AutoConfiguration
@Conditional(OnWebhookSecretCondition.class)
@EnableConfigurationProperties(ChameleonWebhookProperties.class)
public final class ChameleonWebhookAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookVerifier chameleonWebhookVerifier(ChameleonWebhookProperties properties, ObjectProvider<Clock> clock) {
		return WebhookVerifier.builder(properties.getSecret())
			.tolerance(properties.getTolerance())
			.maxBodySize(properties.getMaxBodySize().toBytes())
			.clock(clock.getIfUnique(Clock::systemUTC))
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookDeduplicator chameleonWebhookDeduplicator(ChameleonWebhookProperties properties,
			ObjectProvider<Clock> clock) {
		return WebhookDeduplicator.inMemory(properties.getDedupWindow(), properties.getDedupMaxEntries(),
				clock.getIfUnique(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookReceiver chameleonWebhookReceiver(WebhookVerifier verifier, WebhookDeduplicator deduplicator,
			ApplicationEventPublisher publisher) {
		return new WebhookReceiver(verifier, deduplicator,
				(message) -> publisher.publishEvent(ChameleonWebhookEvents.of(message)));
	}

	static String path(ChameleonWebhookProperties properties) {
		String path = properties.getPath();
		Assert.isTrue(path != null && path.startsWith("/"), "chameleon.webhooks.path must start with '/'");
		return path;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class WebFluxEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "chameleonWebhookRouter")
		org.springframework.web.reactive.function.server.RouterFunction<org.springframework.web.reactive.function.server.ServerResponse> chameleonWebhookRouter(
				ChameleonWebhookProperties properties, WebhookReceiver receiver) {
			return org.springframework.web.reactive.function.server.RouterFunctions.route()
				.POST(path(properties), new WebFluxWebhookHandler(receiver))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(org.springframework.web.servlet.function.RouterFunction.class)
	static class WebMvcEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "chameleonWebhookRouter")
		org.springframework.web.servlet.function.RouterFunction<org.springframework.web.servlet.function.ServerResponse> chameleonWebhookRouter(
				ChameleonWebhookProperties properties, WebhookReceiver receiver) {
			return org.springframework.web.servlet.function.RouterFunctions.route()
				.POST(path(properties), new WebMvcWebhookHandler(receiver))
				.build();
		}

	}

}
