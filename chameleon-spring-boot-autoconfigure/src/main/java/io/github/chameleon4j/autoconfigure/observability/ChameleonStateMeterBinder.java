package io.github.chameleon4j.autoconfigure.observability;

import java.time.Clock;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import io.github.chameleon4j.metrics.ChameleonStateMetrics;
import io.github.chameleon4j.resilience.ResilienceState;

/**
 * Binds {@link ChameleonStateMetrics} when the application has a {@link ResilienceState}; binds
 * nothing otherwise. The state is looked up when the registry is bound (after all singletons
 * exist), so this works whatever order the auto-configurations run in.
 */
public final class ChameleonStateMeterBinder implements MeterBinder {

	private final Supplier<ResilienceState> state;

	private final String clientName;

	private final Clock clock;

	/**
	 * Creates the binder.
	 * @param state supplies the state, or {@code null} when there is none
	 * @param clientName the {@code client} tag value
	 * @param clock the clock the remaining cool-down is measured with
	 */
	public ChameleonStateMeterBinder(Supplier<ResilienceState> state, String clientName, Clock clock) {
		this.state = state;
		this.clientName = clientName;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		ResilienceState current = this.state.get();
		if (current != null) {
			new ChameleonStateMetrics(current, this.clientName, this.clock).bindTo(registry);
		}
	}

}
