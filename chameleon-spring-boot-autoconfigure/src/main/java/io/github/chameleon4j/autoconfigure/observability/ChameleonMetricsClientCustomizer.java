package io.github.chameleon4j.autoconfigure.observability;

import io.github.chameleon4j.autoconfigure.ChameleonClientCustomizer;
import io.github.chameleon4j.client.ChameleonOperationsBuilder;
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;

/**
 * Adds the {@link ChameleonMetricsFilter} to the auto-configured client, inside its error filter.
 */
public final class ChameleonMetricsClientCustomizer implements ChameleonClientCustomizer {

	private final ChameleonMetricsFilter filter;

	/**
	 * Creates the customizer.
	 * @param filter the filter to add
	 */
	public ChameleonMetricsClientCustomizer(ChameleonMetricsFilter filter) {
		this.filter = filter;
	}

	@Override
	public void customize(ChameleonOperationsBuilder builder) {
		builder.filter(this.filter);
	}

}
