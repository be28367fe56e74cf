package io.github.chameleon4j.resilience;

import java.util.concurrent.atomic.AtomicBoolean;
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
		// the breaker ignores an Overtaken failure (it is no ChameleonException); everything after it sees the cause
		return attempt.doOnSuccess((value) -> this.circuit.succeeded(this.call.sentAt()))
			.onErrorMap((failure) -> this.circuit.overtaken(this.call.sentAt()), Overtaken::new)
			.transform(this::guarded)
			.onErrorMap(Overtaken.class, Throwable::getCause)
			.onErrorMap(CallNotPermittedException.class, this::circuitOpen);
	}

	/** One attempt under the breaker: a permission at subscription, then exactly one outcome or its release. */
	private Mono<T> guarded(Mono<T> attempt) {
		CircuitBreaker breaker = this.circuit.breaker();
		return Mono.defer(() -> {
			if (!breaker.tryAcquirePermission()) {
				return Mono.error(CallNotPermittedException.createCallNotPermittedException(breaker));
			}
			long start = breaker.getCurrentTimestamp();
			AtomicBoolean ended = new AtomicBoolean();
			return attempt.doOnSuccess((value) -> {
				if (ended.compareAndSet(false, true)) {
					long duration = breaker.getCurrentTimestamp() - start;
					if (value != null) {
						breaker.onResult(duration, breaker.getTimestampUnit(), value);
					}
					else {
						breaker.onSuccess(duration, breaker.getTimestampUnit());
					}
				}
			}).doOnError((failure) -> {
				if (ended.compareAndSet(false, true)) {
					breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), failure);
				}
			}).doOnCancel(() -> {
				if (ended.compareAndSet(false, true)) {
					breaker.releasePermission();
				}
			});
		});
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
