package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Waits for the attempt's slot in the account-wide {@link GlobalPace}, applied with
 * {@code transformDeferred} so that every attempt reserves its own. The reservation's ticket goes
 * to the {@link LogicalCall}, with which the {@link AttemptOperator} reports when the request was
 * really sent.
 *
 * @param <T> the result type
 */
final class PaceOperator<T> implements UnaryOperator<Mono<T>> {

	private final GlobalPace pace;

	private final LogicalCall call;

	private final Scheduler scheduler;

	private final ResilienceListener listener;

	PaceOperator(GlobalPace pace, LogicalCall call, Scheduler scheduler, ResilienceListener listener) {
		this.pace = pace;
		this.call = call;
		this.scheduler = scheduler;
		this.listener = listener;
	}

	@Override
	public Mono<T> apply(Mono<T> next) {
		GlobalPace.Reservation reservation = this.pace.reserve();
		this.call.paceTicket(reservation.ticket());
		Duration wait = reservation.delay();
		if (wait.isZero()) {
			return next;
		}
		return Mono.delay(wait, this.scheduler).doOnEach((signal) -> {
			if (signal.isOnNext()) {
				Listeners.onWait(this.listener, signal.getContextView(), this.call.descriptor(), WaitReason.PACE, wait);
			}
		}).then(next);
	}

}
