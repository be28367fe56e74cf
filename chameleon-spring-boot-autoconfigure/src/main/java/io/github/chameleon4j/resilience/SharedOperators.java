package io.github.chameleon4j.resilience;

import java.util.function.UnaryOperator;

import reactor.core.publisher.Mono;

/**
 * The operators of the shared mode ({@link SharedCoordination}): the shared pace in place of the
 * local {@link PaceOperator}, and the account-wide lane lease (or cool-down check) inside the local
 * concurrency permit.
 */
final class SharedOperators {

	private SharedOperators() {
	}

	/** Waits for the attempt's slot in the shared pace (applied with {@code transformDeferred}). */
	static <T> UnaryOperator<Mono<T>> pace(SharedCoordinator shared, LogicalCall call, ResilienceListener listener) {
		return (next) -> shared.pace(call).doOnEach((signal) -> {
			if (signal.isOnNext() && !signal.get().isZero()) {
				Listeners.onWait(listener, signal.getContextView(), call.descriptor(), WaitReason.PACE, signal.get());
			}
		}).then(next);
	}

	/** Holds an account-wide lease on the call's lane while the attempt is in flight (applied with {@code transformDeferred}). */
	static <T> UnaryOperator<Mono<T>> lease(SharedCoordinator shared, LogicalCall call) {
		return (next) -> Mono.usingWhen(shared.admit(call), (lease) -> shared.sending(call, next),
				SharedCoordinator.Lease::release,
				(lease, error) -> lease.release(), SharedCoordinator.Lease::release);
	}

}
