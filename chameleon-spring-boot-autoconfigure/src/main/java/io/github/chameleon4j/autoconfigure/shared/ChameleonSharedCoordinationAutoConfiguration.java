package io.github.chameleon4j.autoconfigure.shared;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.chameleon4j.autoconfigure.ChameleonProperties;
import io.github.chameleon4j.autoconfigure.resilience.ChameleonResilienceAutoConfiguration;
import io.github.chameleon4j.autoconfigure.resilience.ChameleonResilienceCustomizer;
import io.github.chameleon4j.autoconfigure.webhook.ChameleonWebhookAutoConfiguration;
import io.github.chameleon4j.autoconfigure.webhook.ChameleonWebhookProperties;
import io.github.chameleon4j.resilience.SharedCoordination;
import io.github.chameleon4j.shared.RedisSharedCoordination;
import io.github.chameleon4j.shared.RedisWebhookDeduplication;
import io.github.chameleon4j.webhook.WebhookDeduplicator;

/**
 * With {@code chameleon.resilience.shared.enabled=true}, the application's replicas share one pace,
 * one cool-down, the account-wide lanes and webhook de-duplication through the Redis connection
 * Boot configures ({@code spring.data.redis.*}, Lettuce). Ordered after Boot's Redis
 * auto-configuration and before the client's resilience and webhook auto-configurations.
 * Enabling it without Spring Data Redis on the class path fails at startup.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
		before = { ChameleonResilienceAutoConfiguration.class, ChameleonWebhookAutoConfiguration.class })
@ConditionalOnBooleanProperty("chameleon.resilience.shared.enabled")
@EnableConfigurationProperties({ ChameleonSharedProperties.class, ChameleonProperties.class,
		ChameleonWebhookProperties.class })
public final class ChameleonSharedCoordinationAutoConfiguration {

	static String accountKey(ChameleonSharedProperties shared, ChameleonProperties client) {
		String key = shared.getKey();
		return (key != null) ? key : client.getClientName();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ReactiveStringRedisTemplate.class)
	static class RedisConfiguration {

		@Bean
		@ConditionalOnMissingBean(SharedCoordination.class)
		RedisSharedCoordination chameleonSharedCoordination(ObjectProvider<ReactiveRedisConnectionFactory> factory,
				ChameleonSharedProperties shared, ChameleonProperties client) {
			return new RedisSharedCoordination(new ReactiveStringRedisTemplate(connection(factory)),
					accountKey(shared, client));
		}

		@Bean
		ChameleonResilienceCustomizer chameleonSharedCoordinationCustomizer(SharedCoordination coordination,
				ChameleonSharedProperties shared) {
			return (builder) -> builder.shared(coordination, shared.getFallbackShare(), shared.getTimeout(),
					shared.getLeaseTtl());
		}

		@Bean
		@ConditionalOnMissingBean(WebhookDeduplicator.class)
		@ConditionalOnProperty(prefix = "chameleon.webhooks", name = "secret")
		WebhookDeduplicator chameleonWebhookDeduplicator(ObjectProvider<ReactiveRedisConnectionFactory> factory,
				ChameleonSharedProperties shared, ChameleonProperties client, ChameleonWebhookProperties webhooks,
				ObjectProvider<Clock> clock) {
			RedisWebhookDeduplication ids = new RedisWebhookDeduplication(
					new ReactiveStringRedisTemplate(connection(factory)), accountKey(shared, client),
					webhooks.getDedupWindow());
			return WebhookDeduplicator.shared(ids, shared.getTimeout(), WebhookDeduplicator.inMemory(
					webhooks.getDedupWindow(), webhooks.getDedupMaxEntries(), clock.getIfUnique(Clock::systemUTC)));
		}

		private static ReactiveRedisConnectionFactory connection(ObjectProvider<ReactiveRedisConnectionFactory> factory) {
			ReactiveRedisConnectionFactory connection = factory.getIfUnique();
			if (connection == null) {
				throw new IllegalStateException("chameleon.resilience.shared.enabled=true needs one Redis connection "
						+ "(spring.data.redis.*, with Lettuce); none or several are configured");
			}
			return connection;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("org.springframework.data.redis.core.ReactiveStringRedisTemplate")
	static class MissingRedisConfiguration {

		MissingRedisConfiguration() {
			throw new IllegalStateException("chameleon.resilience.shared.enabled=true needs Spring Data Redis: "
					+ "add spring-boot-starter-data-redis");
		}

	}

}
