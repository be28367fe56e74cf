package io.github.chameleon4j.autoconfigure.resilience;

import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;

/**
 * Adjusts the auto-configured {@link ChameleonResilienceBuilder} after the properties are applied,
 * for what {@code chameleon.resilience.*} does not cover (a clock, listeners, Resilience4j config).
 */
@FunctionalInterface
public interface ChameleonResilienceCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder
	 */
	void customize(ChameleonResilienceBuilder builder);

}
