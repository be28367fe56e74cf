package io.github.chameleon4j.resilience;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * One attempt under the breaker, the cool-down gate and the concurrency permits, as one operator when none of them
 * makes it wait: the gate is open, a permit is free at once and the breaker lets it through. Each of those
 * operators alone is cheap; what a call paid for them was the length of the chain it subscribed through and
 * signalled back along (about 3 % of throughput per operator on a fast call, against well under a microsecond of
 * their own work). So the attempt is guarded here in one subscription, and its outcome is applied by one
 * {@link Tap} in the order the chain applies it: the attempt's own bookkeeping first, then the permit's release,
 * then the breaker. When anything would make the attempt wait (a closed gate, no permit free), it goes through
 * the operator chain instead, as before. Used only when no pace and no shared coordination apply: those reserve
 * before the permit is taken, and keep their own chain.
 *
 * @param <T> the result type
 */
final class FusedAttempt<T> extends Mono<T> {

	private final Mono<T> source;

	private final Supplier<Mono<T>> chain;

	private final LogicalCall call;

	private final AttemptOperator<T> attempt;

	@Nullable
	private final CooldownGate gate;

	@Nullable
	private final ConcurrencyPermits permits;

	@Nullable
	private final BreakerOperator<T> breaker;

	/** The operator chain, assembled the first time an attempt has to wait (most calls never do). */
	@Nullable
	private Mono<T> assembled;

	FusedAttempt(Mono<T> source, Supplier<Mono<T>> chain, LogicalCall call, AttemptOperator<T> attempt,
			@Nullable CooldownGate gate, @Nullable ConcurrencyPermits permits, @Nullable BreakerOperator<T> breaker) {
		this.source = source;
		this.chain = chain;
		this.call = call;
		this.attempt = attempt;
		this.gate = gate;
		this.permits = permits;
		this.breaker = breaker;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		CooldownGate gate = this.gate;
		if (gate != null && !gate.isOpen()) {
			chain().subscribe(actual);
			return;
		}
		ConcurrencyPermits.Permit permit = null;
		if (this.permits != null) {
			permit = this.permits.tryAcquire(this.call.descriptor().lane());
			if (permit == null) {
				chain().subscribe(actual);
				return;
			}
		}
		if (gate != null && !gate.isOpen()) {
			// closed meanwhile by another call's 429: wait at the gate like any attempt
			release(permit);
			chain().subscribe(actual);
			return;
		}
		Tap.Outcome<T> guarded = null;
		BreakerOperator<T> breaker = this.breaker;
		if (breaker != null) {
			if (!breaker.tryAcquire()) {
				release(permit);
				Operators.error(actual, breaker.refused());
				return;
			}
			guarded = breaker.permitted();
		}
		Tap.Outcome<T> held = (permit != null) ? new PermitOperator.Release<>(permit) : null;
		Tap.on(this.source, new Outcome<>(this.attempt.begin(), held, guarded)).subscribe(actual);
	}

	private Mono<T> chain() {
		Mono<T> chain = this.assembled;
		if (chain == null) {
			chain = this.chain.get();
			this.assembled = chain;
		}
		return chain;
	}

	private static void release(ConcurrencyPermits.@Nullable Permit permit) {
		if (permit != null) {
			permit.release();
		}
	}

	/** The three outcomes the chain would apply, innermost first; an error replaced by one is what the next sees. */
	private record Outcome<T>(Tap.Outcome<T> attempt, Tap.@Nullable Outcome<T> permit,
			Tap.@Nullable Outcome<T> breaker) implements Tap.Outcome<T> {

		@Override
		public void value(T value) {
			this.attempt.value(value);
			if (this.permit != null) {
				this.permit.value(value);
			}
			if (this.breaker != null) {
				this.breaker.value(value);
			}
		}

		@Override
		public void empty() {
			this.attempt.empty();
			if (this.permit != null) {
				this.permit.empty();
			}
			if (this.breaker != null) {
				this.breaker.empty();
			}
		}

		@Override
		public Throwable error(Throwable failure) {
			Throwable signalled = this.attempt.error(failure);
			if (this.permit != null) {
				signalled = this.permit.error(signalled);
			}
			if (this.breaker != null) {
				signalled = this.breaker.error(signalled);
			}
			return signalled;
		}

		@Override
		public void cancelled() {
			this.attempt.cancelled();
			if (this.permit != null) {
				this.permit.cancelled();
			}
			if (this.breaker != null) {
				this.breaker.cancelled();
			}
		}

	}

}
