package io.github.chameleon4j.metrics;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for the observation of one logical Chameleon call (name,
 * contextual name, key values). Implement it, or extend
 * {@link DefaultChameleonCallObservationConvention}, to change the key values; in Spring Boot,
 * declare it as a bean and the auto-configured client uses it.
 */
public interface ChameleonCallObservationConvention extends ObservationConvention<ChameleonCallContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ChameleonCallContext;
	}

}
