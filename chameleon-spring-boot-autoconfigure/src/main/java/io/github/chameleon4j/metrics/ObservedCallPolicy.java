package io.github.chameleon4j.metrics;

import java.time.Duration;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.ResilienceListener;

/**
 * A {@link CallPolicy} that observes every logical call of the policy it wraps: one
 * {@value ChameleonMeters#CALL} {@link Observation} from subscription to the call's end, every
 * wait and retry included. The observation is put in the call's subscriber context under
 * {@link ObservationThreadLocalAccessor#KEY}, so that each attempt's {@code http.client.requests}
 * observation (the {@code WebClient}'s own) is its child; and, as a {@link ResilienceListener}
 * under {@link ResilienceListener#CONTEXT_KEY}, it hears that call's waits and retries from the
 * resilience operators and records each as an event (see {@link ChameleonMeters}).
 * <p>
 * With {@link ObservationRegistry#NOOP} (or a registry without handlers, or a predicate that
 * turns {@value ChameleonMeters#CALL} off) it adds nothing to the call. {@code ChameleonOperations.builder()
 * .observationRegistry(registry)} wraps the client's policy in one.
 */
public final class ObservedCallPolicy implements CallPolicy {

	private static final ChameleonCallObservationConvention DEFAULT_CONVENTION = new DefaultChameleonCallObservationConvention();

	private final CallPolicy delegate;

	private final ObservationRegistry registry;

	@Nullable
	private final ChameleonCallObservationConvention convention;

	/**
	 * Wraps a policy.
	 * @param delegate the policy to observe
	 * @param registry the registry to observe with
	 * @param convention the convention, or {@code null} for the registry's global convention or
	 * else the {@linkplain DefaultChameleonCallObservationConvention default}
	 */
	public ObservedCallPolicy(CallPolicy delegate, ObservationRegistry registry,
			@Nullable ChameleonCallObservationConvention convention) {
		if (delegate == null) {
			throw new IllegalArgumentException("delegate must not be null");
		}
		if (registry == null) {
			throw new IllegalArgumentException("registry must not be null");
		}
		this.delegate = delegate;
		this.registry = registry;
		this.convention = convention;
	}

	@Override
	public <T> Mono<T> apply(CallDescriptor call, Mono<T> attempt) {
		if (this.registry.isNoop()) {
			return this.delegate.apply(call, attempt);
		}
		return Mono.deferContextual((subscriberContext) -> {
			ChameleonCallContext context = new ChameleonCallContext(call);
			Observation observation = Observation.createNotStarted(this.convention, DEFAULT_CONVENTION, () -> context,
					this.registry);
			if (observation.isNoop()) {
				return this.delegate.apply(call, attempt);
			}
			// a parent in the subscriber context wins; otherwise the one current on this thread was taken
			Observation parent = subscriberContext.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
			if (parent != null) {
				observation.parentObservation(parent);
			}
			CallObserver observer = new CallObserver(observation, context);
			observation.start();
			return this.delegate.apply(call, attempt.doOnSubscribe((subscription) -> context.attemptSent()))
				.doOnSuccess((value) -> observer.end(null, false))
				.doOnError((error) -> observer.end(error, false))
				.doOnCancel(() -> observer.end(null, true))
				.contextWrite((written) -> written.put(ObservationThreadLocalAccessor.KEY, observation)
					.put(ResilienceListener.CONTEXT_KEY, observer));
		});
	}

	@Override
	public @Nullable Duration deadline(CallDescriptor call) {
		return this.delegate.deadline(call);
	}

}
