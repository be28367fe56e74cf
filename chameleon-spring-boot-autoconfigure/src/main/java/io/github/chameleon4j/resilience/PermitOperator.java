package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Mono;

/**
 * Holds a {@link ConcurrencyPermits} permit for the overall cap and the call's {@link Lane} while
 * the attempt is in flight, applied with {@code transformDeferred} so that every attempt takes its
 * own. Waiting never parks a thread; the permit is released however the attempt ends, cancellation
 * included.
 *
 * @param <T> the result type
 */
final class PermitOperator<T> implements UnaryOperator<Mono<T>> {

	private final ConcurrencyPermits permits;

	private final LogicalCall call;

	private final Clock clock;

	private final ResilienceListener listener;

	PermitOperator(ConcurrencyPermits permits, LogicalCall call, Clock clock, ResilienceListener listener) {
		this.permits = permits;
		this.call = call;
		this.clock = clock;
		this.listener = listener;
	}

	@Override
	public Mono<T> apply(Mono<T> next) {
		CallDescriptor descriptor = this.call.descriptor();
		ConcurrencyPermits.Permit ready = this.permits.tryAcquire(descriptor.lane());
		if (ready != null) {
			// the common case: room at once, nobody queued; released before the outcome goes on
			return Tap.on(next, new Release<>(ready));
		}
		Instant start = this.clock.instant();
		return Mono.usingWhen(this.permits.acquire(descriptor.lane()).doOnEach((signal) -> {
			if (!signal.isOnNext()) {
				return;
			}
			Duration waited = Duration.between(start, this.clock.instant());
			if (!waited.isZero()) {
				Listeners.onWait(this.listener, signal.getContextView(), descriptor, WaitReason.PERMIT, waited);
			}
		}), (permit) -> next, PermitOperator::release, (permit, error) -> release(permit), PermitOperator::release);
	}

	private static Mono<Void> release(ConcurrencyPermits.Permit permit) {
		return Mono.fromRunnable(permit::release);
	}

	/** Releases a permit taken at once, however the attempt ends. */
	record Release<T>(ConcurrencyPermits.Permit permit) implements Tap.Outcome<T> {

		@Override
		public void value(T value) {
			this.permit.release();
		}

		@Override
		public void empty() {
			this.permit.release();
		}

		@Override
		public Throwable error(Throwable failure) {
			this.permit.release();
			return failure;
		}

		@Override
		public void cancelled() {
			this.permit.release();
		}

	}

}
