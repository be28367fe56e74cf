package io.github.chameleon4j.autoconfigure.observability;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetricsPublisher;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.chameleon4j.autoconfigure.ConditionalOnChameleonClient;

/**
 * Exports Resilience4j's own meters ({@code resilience4j.ratelimiter.*}, {@code resilience4j.retry.*},
 * {@code resilience4j.circuitbreaker.*}) for the application's Resilience4j registry beans, in
 * which the Chameleon client registers its instances. Each binding backs off when the registry
 * bean is absent or when Resilience4j's own Spring Boot integration already binds it (its
 * {@code Tagged*MetricsPublisher} beans), and the whole configuration backs off without
 * {@code resilience4j-micrometer}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
		"io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterMetricsAutoConfiguration",
		"io.github.resilience4j.springboot.retry.autoconfigure.RetryMetricsAutoConfiguration",
		"io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerMetricsAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, TaggedRateLimiterMetrics.class })
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnChameleonClient
public final class ChameleonResilience4jMetricsAutoConfiguration {

	@Bean
	@ConditionalOnBean(RateLimiterRegistry.class)
	@ConditionalOnMissingBean({ TaggedRateLimiterMetrics.class, TaggedRateLimiterMetricsPublisher.class })
	TaggedRateLimiterMetrics chameleonRateLimiterMetrics(RateLimiterRegistry rateLimiterRegistry) {
		return TaggedRateLimiterMetrics.ofRateLimiterRegistry(rateLimiterRegistry);
	}

	@Bean
	@ConditionalOnBean(RetryRegistry.class)
	@ConditionalOnMissingBean({ TaggedRetryMetrics.class, TaggedRetryMetricsPublisher.class })
	TaggedRetryMetrics chameleonRetryMetrics(RetryRegistry retryRegistry) {
		return TaggedRetryMetrics.ofRetryRegistry(retryRegistry);
	}

	@Bean
	@ConditionalOnBean(CircuitBreakerRegistry.class)
	@ConditionalOnMissingBean({ TaggedCircuitBreakerMetrics.class, TaggedCircuitBreakerMetricsPublisher.class })
	TaggedCircuitBreakerMetrics chameleonCircuitBreakerMetrics(CircuitBreakerRegistry circuitBreakerRegistry) {
		return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakerRegistry);
	}

}
