package io.github.chameleon4j.autoconfigure;

import io.github.chameleon4j.client.ChameleonOperationsBuilder;

/**
 * Callback to adjust the auto-configured {@link io.github.chameleon4j.client.ChameleonOperations}
 * before it is built: add filters, change timeouts, or replace the resilience policy.
 * Customizers run in {@link org.springframework.core.Ordered order}, after the properties were applied.
 */
@FunctionalInterface
public interface ChameleonClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, with the properties already applied
	 */
	void customize(ChameleonOperationsBuilder builder);

}
