package io.github.chameleon4j.resilience;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;
import reactor.util.context.Context;

/**
 * A {@code Mono} that fails when its source has not ended within a time: {@code timeout(Duration,
 * Mono.error(..), Scheduler)} without its per-subscription costs (Reactor's timeout names itself by
 * walking the whole operator chain on every subscription, and subscribes a {@code Mono.delay} per
 * timer). Every call runs two or three of these, so it is the hot path. On the shared
 * {@link DeadlineTimer} it arms a slot of the timer's {@link ExpirySweeper} (one compare-and-set, no
 * allocation); on any other scheduler (virtual time in tests) it schedules a task. When the time
 * passes first, the source is cancelled and the subscriber gets the supplied failure.
 *
 * @param <T> the value type
 */
final class Expiry<T> extends MonoOperator<T, T> {

	private final long timeoutNanos;

	private final Scheduler timer;

	private final Supplier<? extends Throwable> expired;

	Expiry(Mono<? extends T> source, long timeoutNanos, Scheduler timer, Supplier<? extends Throwable> expired) {
		super(source);
		this.timeoutNanos = timeoutNanos;
		this.timer = timer;
		this.expired = expired;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		this.source.subscribe(new ExpirySubscriber<>(actual, this));
	}

	private static final class ExpirySubscriber<T> extends Timed implements CoreSubscriber<T>, Subscription {

		private static final int RUNNING = 0;

		private static final int ENDED = 1;

		private static final int EXPIRED = 2;

		private static final int CANCELLED = 3;

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<ExpirySubscriber> STATE = AtomicIntegerFieldUpdater
			.newUpdater(ExpirySubscriber.class, "state");

		private final CoreSubscriber<? super T> actual;

		private final Expiry<T> expiry;

		@Nullable
		private Subscription upstream;

		private volatile int state;

		ExpirySubscriber(CoreSubscriber<? super T> actual, Expiry<T> expiry) {
			this.actual = actual;
			this.expiry = expiry;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (!Operators.validate(this.upstream, subscription)) {
				return;
			}
			this.upstream = subscription;
			this.actual.onSubscribe(this);
			if (this.state != RUNNING) {
				return;
			}
			try {
				startTimer(this.expiry.timer, this.expiry.timeoutNanos);
			}
			catch (RuntimeException ex) {
				if (STATE.compareAndSet(this, RUNNING, ENDED)) {
					subscription.cancel();
					this.actual.onError(Operators.onRejectedExecution(ex, this.actual.currentContext()));
				}
				return;
			}
			if (this.state != RUNNING) {
				stopTimer();
			}
		}

		/** The timer fired. */
		@Override
		public void expire() {
			if (STATE.compareAndSet(this, RUNNING, EXPIRED)) {
				Subscription upstream = this.upstream;
				if (upstream != null) {
					upstream.cancel();
				}
				this.actual.onError(this.expiry.expired.get());
			}
		}

		@Override
		public void onNext(T value) {
			if (STATE.compareAndSet(this, RUNNING, ENDED)) {
				stopTimer();
			}
			else if (this.state != ENDED) {
				Operators.onDiscard(value, this.actual.currentContext());
				return;
			}
			this.actual.onNext(value);
		}

		@Override
		public void onError(Throwable failure) {
			if (STATE.compareAndSet(this, RUNNING, ENDED)) {
				stopTimer();
			}
			else if (this.state != ENDED) {
				Operators.onErrorDropped(failure, this.actual.currentContext());
				return;
			}
			this.actual.onError(failure);
		}

		@Override
		public void onComplete() {
			if (STATE.compareAndSet(this, RUNNING, ENDED)) {
				stopTimer();
			}
			else if (this.state != ENDED) {
				return;
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
			if (STATE.compareAndSet(this, RUNNING, CANCELLED)) {
				stopTimer();
			}
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.cancel();
			}
		}

	}

}
