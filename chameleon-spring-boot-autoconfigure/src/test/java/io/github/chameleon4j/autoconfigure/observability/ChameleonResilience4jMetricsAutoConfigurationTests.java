package io.github.chameleon4j.autoconfigure.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ChameleonResilience4jMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonResilience4jMetricsAutoConfiguration.class,
				MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class));

	@Test
	void whenApplicationHasRegistriesThenTheirInstancesGetResilience4jMeters() {
		this.contextRunner.withBean(RateLimiterRegistry.class, RateLimiterRegistry::ofDefaults)
			.withBean(RetryRegistry.class, RetryRegistry::ofDefaults)
			.withBean(CircuitBreakerRegistry.class, CircuitBreakerRegistry::ofDefaults)
			.run((context) -> {
				context.getBean(RateLimiterRegistry.class).rateLimiter("chameleon");
				context.getBean(RetryRegistry.class).retry("chameleon");
				context.getBean(CircuitBreakerRegistry.class).circuitBreaker("chameleon");
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.find("resilience4j.ratelimiter.available.permissions").tag("name", "chameleon")
					.gauge()).isNotNull();
				assertThat(registry.find("resilience4j.retry.calls").tag("name", "chameleon").meters()).isNotEmpty();
				assertThat(registry.find("resilience4j.circuitbreaker.state").tag("name", "chameleon").meters())
					.isNotEmpty();
			});
	}

	@Test
	void whenApplicationHasNoRegistriesThenNothingIsBound() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(TaggedRateLimiterMetrics.class);
			assertThat(context).doesNotHaveBean(TaggedRetryMetrics.class);
			assertThat(context).doesNotHaveBean(TaggedCircuitBreakerMetrics.class);
		});
	}

	@Test
	void whenResilience4jBootIntegrationAlreadyPublishesThenItBacksOff() {
		this.contextRunner.withBean(RateLimiterRegistry.class, RateLimiterRegistry::ofDefaults)
			.withBean(TaggedRateLimiterMetricsPublisher.class,
					() -> new TaggedRateLimiterMetricsPublisher(new SimpleMeterRegistry()))
			.run((context) -> assertThat(context).doesNotHaveBean(TaggedRateLimiterMetrics.class));
	}

	@Test
	void whenResilience4jMicrometerIsAbsentThenItBacksOff() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(TaggedRateLimiterMetrics.class))
			.withBean(RateLimiterRegistry.class, RateLimiterRegistry::ofDefaults)
			.run((context) -> assertThat(context).doesNotHaveBean(TaggedRateLimiterMetrics.class));
	}

}
