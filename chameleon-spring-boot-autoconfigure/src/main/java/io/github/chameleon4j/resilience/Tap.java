package io.github.chameleon4j.resilience;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * One light operator that sees how a {@code Mono} ends, in place of a chain of {@code doOnSuccess},
 * {@code onErrorMap}, {@code doOnCancel} and {@code usingWhen}: the per-call operators stack it on
 * every attempt, so it is the hot path. Its {@link Outcome} hears exactly one of value, empty,
 * error or cancel, <em>before</em> the signal goes on downstream (as {@code usingWhen} releases its
 * resource before it completes), and may replace an error.
 *
 * @param <T> the value type
 */
final class Tap<T> extends MonoOperator<T, T> {

	private final Outcome<? super T> outcome;

	private Tap(Mono<? extends T> source, Outcome<? super T> outcome) {
		super(source);
		this.outcome = outcome;
	}

	/**
	 * Taps a {@code Mono}.
	 * @param <T> the value type
	 * @param source the source
	 * @param outcome hears how it ended
	 * @return the tapped {@code Mono}
	 */
	static <T> Mono<T> on(Mono<? extends T> source, Outcome<? super T> outcome) {
		return new Tap<>(source, outcome);
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		this.source.subscribe(new TapSubscriber<>(actual, this.outcome));
	}

	/** What a {@link Tap} hears: exactly one of these, once. */
	interface Outcome<T> {

		/** The source emitted a value (its completion follows). */
		default void value(T value) {
		}

		/** The source completed without a value. */
		default void empty() {
		}

		/**
		 * The source failed.
		 * @param failure the failure
		 * @return the failure to signal downstream (the same, or a replacement)
		 */
		default Throwable error(Throwable failure) {
			return failure;
		}

		/** The subscriber cancelled before the source ended. */
		default void cancelled() {
		}

	}

	private static final class TapSubscriber<T> implements CoreSubscriber<T>, Subscription {

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<TapSubscriber> DONE = AtomicIntegerFieldUpdater
			.newUpdater(TapSubscriber.class, "done");

		private final CoreSubscriber<? super T> actual;

		private final Outcome<? super T> outcome;

		@Nullable
		private Subscription upstream;

		private volatile int done;

		TapSubscriber(CoreSubscriber<? super T> actual, Outcome<? super T> outcome) {
			this.actual = actual;
			this.outcome = outcome;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void onNext(T value) {
			if (DONE.compareAndSet(this, 0, 1)) {
				this.outcome.value(value);
			}
			this.actual.onNext(value);
		}

		@Override
		public void onError(Throwable failure) {
			Throwable signalled = failure;
			if (DONE.compareAndSet(this, 0, 1)) {
				signalled = this.outcome.error(failure);
			}
			this.actual.onError(signalled);
		}

		@Override
		public void onComplete() {
			if (DONE.compareAndSet(this, 0, 1)) {
				this.outcome.empty();
			}
			this.actual.onComplete();
		}

		@Override
		public void request(long n) {
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.request(n);
			}
		}

		@Override
		public void cancel() {
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.cancel();
			}
			if (DONE.compareAndSet(this, 0, 1)) {
				this.outcome.cancelled();
			}
		}

	}

}
