package io.github.chameleon4j.resilience;

import java.util.function.UnaryOperator;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.error.ChameleonCircuitOpenException;

/**
 * Guards each attempt with the Resilience4j circuit breaker (its {@link CircuitBreakerOperator}
 * takes a permission at every subscription, so it is applied once and the retry resubscribes),
 * adding the overtaken rule: a failure is not the breaker's to count when a request sent after it
 * has already succeeded, as a late timeout from a server that answers newer requests is a slow
 * tail, not an outage. A refused attempt fails with a {@link ChameleonCircuitOpenException} that
 * says when a probe may go through.
 *
 * @param <T> the result type
 */
final class BreakerOperator<T> implements UnaryOperator<Mono<T>> {

	private final Circuit circuit;

	private final LogicalCall call;

	BreakerOperator(Circuit circuit, LogicalCall call) {
		this.circuit = circuit;
		this.call = call;
	}

	@Override
	public Mono<T> apply(Mono<T> attempt) {
		// the breaker ignores an Overtaken failure (it is no ChameleonException); everything after it sees the cause
		return attempt.doOnSuccess((value) -> this.circuit.succeeded(this.call.sentAt()))
			.onErrorMap((failure) -> this.circuit.overtaken(this.call.sentAt()), Overtaken::new)
			.transform(CircuitBreakerOperator.of(this.circuit.breaker()))
			.onErrorMap(Overtaken.class, Throwable::getCause)
			.onErrorMap(CallNotPermittedException.class, this::circuitOpen);
	}

	private ChameleonCircuitOpenException circuitOpen(CallNotPermittedException refused) {
		CallDescriptor descriptor = this.call.descriptor();
		return new ChameleonCircuitOpenException(descriptor.method(), descriptor.uriTemplate(), this.circuit.openUntil(),
				refused);
	}

	/** Carries an overtaken attempt's failure past the breaker, which ignores it; unwrapped right after. */
	private static final class Overtaken extends RuntimeException {

		Overtaken(Throwable cause) {
			super(cause.getMessage(), cause, false, false);
		}

	}

}
