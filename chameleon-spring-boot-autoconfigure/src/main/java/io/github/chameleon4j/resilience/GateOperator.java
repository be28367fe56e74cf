package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Mono;

/**
 * Holds an attempt at the shared {@link CooldownGate} while it is closed, applied with
 * {@code transformDeferred} so that every attempt checks it. An open gate costs no operator; a
 * gate that stays closed past the call's deadline fails the attempt at once with a
 * {@code ChameleonRateLimitException} that says when requests may be sent again.
 *
 * @param <T> the result type
 */
final class GateOperator<T> implements UnaryOperator<Mono<T>> {

	private final CooldownGate gate;

	private final LogicalCall call;

	private final ResilienceListener listener;

	GateOperator(CooldownGate gate, LogicalCall call, ResilienceListener listener) {
		this.gate = gate;
		this.call = call;
		this.listener = listener;
	}

	@Override
	public Mono<T> apply(Mono<T> next) {
		if (this.gate.isOpen()) {
			return next;
		}
		CallDescriptor descriptor = this.call.descriptor();
		return this.gate.await(descriptor, this.call.deadlineAt()).doOnEach((signal) -> {
			Duration waited = signal.get();
			if (signal.isOnNext() && waited != null && !waited.isZero()) {
				Listeners.onWait(this.listener, signal.getContextView(), descriptor, WaitReason.COOLDOWN, waited);
			}
		}).then(next);
	}

}
