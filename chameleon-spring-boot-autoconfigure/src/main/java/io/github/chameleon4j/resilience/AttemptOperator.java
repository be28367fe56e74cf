package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The innermost operator: one attempt, applied with {@code transformDeferred} so that it runs as
 * the request goes out. It counts the attempt, tells the pace when it was really sent (it may have
 * waited for a permit or at the gate), and applies what its outcome says to the shared state
 * through {@link ServerSignals}.
 *
 * @param <T> the result type
 */
final class AttemptOperator<T> implements UnaryOperator<Mono<T>> {

	private final LogicalCall call;

	private final Clock clock;

	@Nullable
	private final GlobalPace pace;

	private final ServerSignals signals;

	@Nullable
	private final RetryOperator<T> retry;

	AttemptOperator(LogicalCall call, Clock clock, @Nullable GlobalPace pace, ServerSignals signals,
			@Nullable RetryOperator<T> retry) {
		this.call = call;
		this.clock = clock;
		this.retry = retry;
		this.pace = pace;
		this.signals = signals;
	}

	@Override
	public Mono<T> apply(Mono<T> attempt) {
		return Tap.on(attempt, begin());
	}

	/**
	 * Counts the attempt as it goes out.
	 * @return what applies its outcome
	 */
	Tap.Outcome<T> begin() {
		this.call.sending(this.clock.millis());
		GlobalPace pace = this.pace;
		long ticket = (pace != null) ? this.call.paceTicket() : 0;
		if (pace != null) {
			pace.sent(ticket);
		}
		return new Tap.Outcome<T>() {

			@Override
			public void value(T value) {
				answered();
				succeeded();
			}

			@Override
			public void empty() {
				answered();
				succeeded();
			}

			private void succeeded() {
				AttemptOperator.this.signals.succeeded();
				RetryOperator<T> retry = AttemptOperator.this.retry;
				if (retry != null) {
					retry.succeeded();
				}
			}

			@Override
			public Throwable error(Throwable failure) {
				answered();
				return AttemptOperator.this.signals.failed(AttemptOperator.this.call.descriptor(), failure);
			}

			@Override
			public void cancelled() {
				answered();
			}

			/** The server counted the request no later than it answered (a cold connection can take a while). */
			private void answered() {
				if (pace != null) {
					pace.sent(ticket);
				}
			}

		};
	}

}
