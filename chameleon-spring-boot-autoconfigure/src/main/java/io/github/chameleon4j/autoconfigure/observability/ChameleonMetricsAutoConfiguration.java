package io.github.chameleon4j.autoconfigure.observability;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
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
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;
import io.github.chameleon4j.metrics.ChameleonResilienceMetrics;
import io.github.chameleon4j.resilience.ResilienceState;

/**
 * Micrometer meters for the auto-configured Chameleon client: the per-attempt response counter
 * (through a {@link ChameleonMetricsClientCustomizer}), the resilience listener (waits, wait hints,
 * retries) and the gauges over the {@link ResilienceState} when there is one. Backs off without
 * Micrometer or a {@link MeterRegistry} bean.
 */
@AutoConfiguration(after = ChameleonAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, ChameleonOperations.class })
@ConditionalOnBean({ MeterRegistry.class, ChameleonProperties.class })
@ConditionalOnChameleonClient
public final class ChameleonMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ChameleonMetricsFilter chameleonMetricsFilter(MeterRegistry meterRegistry, ChameleonProperties properties) {
		return new ChameleonMetricsFilter(meterRegistry, properties.getClientName(), properties.getBaseUrl());
	}

	@Bean
	@ConditionalOnMissingBean
	ChameleonMetricsClientCustomizer chameleonMetricsClientCustomizer(ChameleonMetricsFilter chameleonMetricsFilter) {
		return new ChameleonMetricsClientCustomizer(chameleonMetricsFilter);
	}

	@Bean
	@ConditionalOnMissingBean
	ChameleonResilienceMetrics chameleonResilienceMetrics(MeterRegistry meterRegistry, ChameleonProperties properties) {
		return new ChameleonResilienceMetrics(meterRegistry, properties.getClientName());
	}

	@Bean
	@ConditionalOnMissingBean
	ChameleonStateMeterBinder chameleonStateMeterBinder(ObjectProvider<ResilienceState> resilienceState,
			ChameleonProperties properties, ObjectProvider<Clock> clock) {
		return new ChameleonStateMeterBinder(resilienceState::getIfUnique, properties.getClientName(),
				clock.getIfUnique(Clock::systemUTC));
	}

}
