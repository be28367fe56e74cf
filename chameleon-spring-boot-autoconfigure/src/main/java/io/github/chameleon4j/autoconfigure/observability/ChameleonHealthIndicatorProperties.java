package io.github.chameleon4j.autoconfigure.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the {@code chameleon} health indicator ({@code management.health.chameleon.*}).
 */
@ConfigurationProperties("management.health.chameleon")
public class ChameleonHealthIndicatorProperties {

	/**
	 * Whether an open circuit or rejected credentials report DOWN (and so fail the health endpoint and any group
	 * including the indicator) rather than CIRCUIT_OPEN or CREDENTIALS_REJECTED, which the default status
	 * aggregation ignores.
	 */
	private boolean downOnFailure;

	public boolean isDownOnFailure() {
		return this.downOnFailure;
	}

	public void setDownOnFailure(boolean downOnFailure) {
		this.downOnFailure = downOnFailure;
	}

}
