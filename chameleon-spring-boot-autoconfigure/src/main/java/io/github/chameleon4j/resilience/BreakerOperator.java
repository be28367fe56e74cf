package io.github.chameleon4j.resilience;

import java.util.function.UnaryOperator;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.error.ChameleonCircuitOpenException;

/**
 * Guards each attempt with the Resilience4j circuit breaker (a permission taken at every
 * subscription, as Resilience4j's reactor {@code CircuitBreakerOperator} does, so it is applied once
 * and the retry resubscribes),
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
		CircuitBreaker breaker = this.circuit.breaker();
		// one attempt under the breaker: a permission at subscription, then exactly one outcome or its release
		return Mono.defer(() -> {
			if (!breaker.tryAcquirePermission()) {
				return Mono.error(refused());
			}
			return Tap.on(attempt, permitted());
		});
	}

	/**
	 * Asks the breaker to let one attempt through.
	 * @return whether it may go; if so, {@link #permitted()} must hear how it ends
	 */
	boolean tryAcquire() {
		return this.circuit.breaker().tryAcquirePermission();
	}

	/**
	 * What an attempt the breaker refused fails with.
	 * @return the failure
	 */
	ChameleonCircuitOpenException refused() {
		return circuitOpen(CallNotPermittedException.createCallNotPermittedException(this.circuit.breaker()));
	}

	/**
	 * For an attempt the breaker has just permitted: what tells the breaker how it ended.
	 * @return the outcome
	 */
	Tap.Outcome<T> permitted() {
		CircuitBreaker breaker = this.circuit.breaker();
		return new Outcome<>(breaker, breaker.getCurrentTimestamp());
	}

	private ChameleonCircuitOpenException circuitOpen(CallNotPermittedException refused) {
		CallDescriptor descriptor = this.call.descriptor();
		return new ChameleonCircuitOpenException(descriptor.method(), descriptor.uriTemplate(), this.circuit.openUntil(),
				refused);
	}

	/** Tells the breaker how the attempt ended. */
	private final class Outcome<T> implements Tap.Outcome<T> {

		private final CircuitBreaker breaker;

		private final long start;

		Outcome(CircuitBreaker breaker, long start) {
			this.breaker = breaker;
			this.start = start;
		}

		@Override
		public void value(T value) {
			BreakerOperator.this.circuit.succeeded(BreakerOperator.this.call.sentAt());
			this.breaker.onResult(elapsed(), this.breaker.getTimestampUnit(), value);
		}

		@Override
		public void empty() {
			BreakerOperator.this.circuit.succeeded(BreakerOperator.this.call.sentAt());
			this.breaker.onSuccess(elapsed(), this.breaker.getTimestampUnit());
		}

		@Override
		public Throwable error(Throwable failure) {
			// the breaker ignores an Overtaken failure (it is no ChameleonException); the caller sees the cause
			boolean overtaken = BreakerOperator.this.circuit.overtaken(BreakerOperator.this.call.sentAt());
			this.breaker.onError(elapsed(), this.breaker.getTimestampUnit(), overtaken ? new Overtaken(failure) : failure);
			return failure;
		}

		@Override
		public void cancelled() {
			this.breaker.releasePermission();
		}

		private long elapsed() {
			return this.breaker.getCurrentTimestamp() - this.start;
		}

	}

	/** Carries an overtaken attempt's failure past the breaker, which ignores it. */
	private static final class Overtaken extends RuntimeException {

		Overtaken(Throwable cause) {
			super(cause.getMessage(), cause, false, false);
		}

	}

}
