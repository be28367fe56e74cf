package io.github.chameleon4j.autoconfigure.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.autoconfigure.ChameleonProperties;
import io.github.chameleon4j.autoconfigure.ConditionalOnChameleonClient;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;
import io.github.chameleon4j.resilience.ResilienceListener;

/**
 * Auto-configures the client's {@link CallPolicy} as a {@link ChameleonResilience} from
 * {@code chameleon.resilience.*}. Its Resilience4j retry and circuit breaker, and its global pace
 * as a Resilience4j rate limiter, named after {@code chameleon.client-name}, are registered in the
 * application's {@code RetryRegistry}, {@code CircuitBreakerRegistry} and
 * {@code RateLimiterRegistry} when those beans exist; none of those registries is defined here.
 * <p>
 * With Resilience4j's Spring Boot integration, {@code resilience4j.retry.*} and
 * {@code resilience4j.circuitbreaker.*} configure those instances the Resilience4j way: an instance
 * under {@code instances.<client-name>} (or, without one, {@code configs.default}) sets the sizes,
 * thresholds and waits, and the client's per-error-class rules are applied on top of it (see
 * {@link ChameleonResilienceBuilder#retryRegistry(RetryRegistry)}). Without such properties,
 * {@code chameleon.resilience.*} configures them.
 */
@AutoConfiguration(before = ChameleonAutoConfiguration.class)
@ConditionalOnClass({ ChameleonResilience.class, io.github.resilience4j.retry.Retry.class,
		io.github.resilience4j.circuitbreaker.CircuitBreaker.class, io.github.resilience4j.ratelimiter.RateLimiter.class })
@EnableConfigurationProperties({ ChameleonResilienceProperties.class, ChameleonProperties.class })
@ConditionalOnChameleonClient
public final class ChameleonResilienceAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(CallPolicy.class)
	ChameleonResilience chameleonResilience(ChameleonResilienceProperties properties,
			ChameleonProperties clientProperties, ObjectProvider<ResilienceListener> listeners,
			ObjectProvider<RetryRegistry> retryRegistry, ObjectProvider<CircuitBreakerRegistry> circuitBreakerRegistry,
			ObjectProvider<RateLimiterRegistry> rateLimiterRegistry,
			ObjectProvider<ChameleonResilienceCustomizer> customizers, Environment environment) {
		String name = clientProperties.getClientName();
		RetryRegistry retries = retryRegistry.getIfUnique();
		CircuitBreakerRegistry breakers = circuitBreakerRegistry.getIfUnique();
		// Resilience4j creates instances.<name> itself; an application that only set configs.default gets its instance
		// from that default here, so that the builder builds on it as on any instance the application configured
		if (retries != null && properties.getRetry().isEnabled() && retries.find(name).isEmpty()
				&& configured(environment, "resilience4j.retry.configs.default")) {
			retries.retry(name);
		}
		if (breakers != null && properties.getCircuitBreaker().isEnabled() && breakers.find(name).isEmpty()
				&& configured(environment, "resilience4j.circuitbreaker.configs.default")) {
			breakers.circuitBreaker(name);
		}
		ChameleonResilienceBuilder builder = ChameleonResilience.builder()
			.name(name)
			.deadline(properties.getDeadline())
			.retryRegistry(retries)
			.circuitBreakerRegistry(breakers)
			.rateLimiterRegistry(rateLimiterRegistry.getIfUnique());
		ChameleonResilienceProperties.Pace pace = properties.getPace();
		builder.pace((spec) -> spec.enabled(pace.isEnabled())
			.mode(pace.getMode())
			.requestsPerMinute(pace.getRequestsPerMinute())
			.probeInterval(pace.getProbeInterval())
			.floor(pace.getFloor())
			.slowdownFactor(pace.getSlowdownFactor())
			.recoveryStep(pace.getRecoveryStep())
			.recoveryInterval(pace.getRecoveryInterval())
			.burst(pace.getBurst())
			.window(pace.getWindow()));
		ChameleonResilienceProperties.Cooldown cooldown = properties.getCooldown();
		builder.cooldown((spec) -> spec.enabled(cooldown.isEnabled()).maxJitter(cooldown.getMaxJitter()));
		ChameleonResilienceProperties.Concurrency concurrency = properties.getConcurrency();
		builder.concurrency((spec) -> spec.enabled(concurrency.isEnabled()).maxInFlight(concurrency.getMaxInFlight()));
		ChameleonResilienceProperties.Retry retry = properties.getRetry();
		builder.retry((spec) -> spec.enabled(retry.isEnabled())
			.maxAttempts(retry.getMaxAttempts())
			.initialBackoff(retry.getInitialBackoff())
			.multiplier(retry.getMultiplier())
			.maxBackoff(retry.getMaxBackoff()));
		ChameleonResilienceProperties.CircuitBreaker breaker = properties.getCircuitBreaker();
		builder.circuitBreaker((spec) -> spec.enabled(breaker.isEnabled())
			.failureRateThreshold(breaker.getFailureRateThreshold())
			.minimumCalls(breaker.getMinimumCalls())
			.window(breaker.getWindow())
			.openDuration(breaker.getOpenDuration())
			.maxOpenDuration(breaker.getMaxOpenDuration())
			.halfOpenCalls(breaker.getHalfOpenCalls()));
		listeners.orderedStream().forEach(builder::listener);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	private static boolean configured(Environment environment, String prefix) {
		ConfigurationPropertyName name = ConfigurationPropertyName.of(prefix);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
				return true;
			}
		}
		return false;
	}

}
