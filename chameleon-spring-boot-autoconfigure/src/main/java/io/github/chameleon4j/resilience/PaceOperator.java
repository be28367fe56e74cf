package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Waits for the attempt's slot in the account-wide {@link GlobalPace} (reserved through the
 * {@link PaceRateLimiter}, so it counts as an acquire of the Resilience4j limiter), applied with
 * {@code transformDeferred} so that every attempt reserves its own. The wait is a non-blocking
 * delay, after which it asks for the slot again: a global 429 that lowered the pace meanwhile has
 * moved the slots not yet due later. The reservation's ticket goes to the
 * {@link LogicalCall}, with which the {@link AttemptOperator} reports when the request was really
 * sent.
 *
 * @param <T> the result type
 */
final class PaceOperator<T> implements UnaryOperator<Mono<T>> {

	private final PaceRateLimiter limiter;

	private final LogicalCall call;

	private final Scheduler scheduler;

	private final ResilienceListener listener;

	PaceOperator(PaceRateLimiter limiter, LogicalCall call, Scheduler scheduler, ResilienceListener listener) {
		this.limiter = limiter;
		this.call = call;
		this.scheduler = scheduler;
		this.listener = listener;
	}

	@Override
	public Mono<T> apply(Mono<T> next) {
		GlobalPace.Reservation reservation = this.limiter.reserveForClient();
		this.call.paceTicket(reservation.ticket());
		Duration wait = reservation.delay();
		if (wait.isZero()) {
			return next;
		}
		return waitFor(reservation.ticket(), reservation.slot(), wait, Duration.ZERO).doOnEach((signal) -> {
			if (signal.isOnNext()) {
				Listeners.onWait(this.listener, signal.getContextView(), this.call.descriptor(), WaitReason.PACE,
						signal.get());
			}
		}).then(next);
	}

	/** Waits out the reservation, and again for as long as a lowered pace has moved its slot later meanwhile. */
	private Mono<Duration> waitFor(long ticket, long slot, Duration wait, Duration waitedBefore) {
		Duration waited = waitedBefore.plus(wait);
		return Mono.delay(wait, this.scheduler).flatMap((tick) -> {
			long moved = this.limiter.pace().slot(ticket);
			return (moved <= slot) ? Mono.just(waited) : waitFor(ticket, moved, Duration.ofNanos(moved - slot), waited);
		});
	}

}
