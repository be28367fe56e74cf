package io.github.chameleon4j.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.blocking.BlockingChameleonOperations;

/**
 * Auto-configures {@link BlockingChameleonOperations}, the blocking view of the {@link ChameleonOperations}
 * bean, in a servlet web application, where calls are made from threads that may block. Elsewhere call
 * {@link ChameleonOperations#blocking()} where blocking is fine.
 */
@AutoConfiguration(after = ChameleonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ChameleonOperations.class)
public final class ChameleonBlockingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	BlockingChameleonOperations blockingChameleonOperations(ChameleonOperations chameleon) {
		return chameleon.blocking();
	}

}
