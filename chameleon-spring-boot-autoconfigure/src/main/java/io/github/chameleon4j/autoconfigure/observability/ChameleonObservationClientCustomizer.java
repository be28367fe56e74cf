package io.github.chameleon4j.autoconfigure.observability;

import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;

import io.github.chameleon4j.autoconfigure.ChameleonClientCustomizer;
import io.github.chameleon4j.client.ChameleonOperationsBuilder;
import io.github.chameleon4j.metrics.ChameleonCallObservationConvention;

/**
 * Gives the auto-configured client the application's {@link ObservationRegistry} and the
 * convention of its {@code chameleon.call} observation
 * ({@link ChameleonOperationsBuilder#observationRegistry(ObservationRegistry, ChameleonCallObservationConvention)}).
 * Both are looked up when the client is built.
 */
public final class ChameleonObservationClientCustomizer implements ChameleonClientCustomizer {

	private final Supplier<ObservationRegistry> registry;

	private final Supplier<ChameleonCallObservationConvention> convention;

	/**
	 * Creates the customizer.
	 * @param registry supplies the registry
	 * @param convention supplies the convention
	 */
	public ChameleonObservationClientCustomizer(Supplier<ObservationRegistry> registry,
			Supplier<ChameleonCallObservationConvention> convention) {
		this.registry = registry;
		this.convention = convention;
	}

	@Override
	public void customize(ChameleonOperationsBuilder builder) {
		builder.observationRegistry(this.registry.get(), this.convention.get());
	}

}
