package io.github.chameleon4j.resilience;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;
import reactor.util.context.Context;

/**
 * The logical call around its attempts, as one operator: the {@link RetryOperator}'s loop (on a
 * failure, ask it for the wait, then subscribe to the attempt again) and the {@link DeadlineOperator}'s
 * bound on the whole call (when the budget runs out, the attempt or wait in progress is cancelled and
 * the call fails with the deadline's failure). What {@code Expiry(attempt.onErrorResume(..))} did, with
 * one pass-through subscriber for the whole call instead of two, one of them a resuming one: every call
 * subscribes and signals through this on the hot path. The retry's decisions, its Resilience4j
 * bookkeeping and the deadline's failure are the operators' own; only the plumbing is merged.
 * <p>
 * On the shared {@link DeadlineTimer} the budget arms a slot of its sweeper; on any other scheduler
 * (virtual time in tests) it schedules a task.
 *
 * @param <T> the result type
 */
final class RetryingCall<T> extends Mono<T> {

	private static final Log logger = LogFactory.getLog(RetryingCall.class);

	/** Where Reactor looks for a subscriber's own handler of dropped errors. */
	private static final String DROPPED_ERROR_HANDLER = "reactor.onErrorDropped.local";

	private final Mono<T> attempt;

	@Nullable
	private final RetryOperator<T> retry;

	private final long budgetNanos;

	@Nullable
	private final Scheduler timer;

	@Nullable
	private final Supplier<Throwable> expired;

	/**
	 * @param attempt one attempt (cold: each subscription sends again)
	 * @param retry the call's retry, or {@code null} for none
	 * @param budgetNanos the call's budget (ignored without a timer)
	 * @param timer where the budget is timed, or {@code null} for no deadline
	 * @param expired what the call fails with when the budget runs out
	 */
	RetryingCall(Mono<T> attempt, @Nullable RetryOperator<T> retry, long budgetNanos, @Nullable Scheduler timer,
			@Nullable Supplier<Throwable> expired) {
		this.attempt = attempt;
		this.retry = retry;
		this.budgetNanos = budgetNanos;
		this.timer = timer;
		this.expired = expired;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		Call<T> call = new Call<>(actual, this);
		actual.onSubscribe(call);
		if (call.state != Call.RUNNING) {
			return;
		}
		call.startTimer();
		if (call.state == Call.RUNNING) {
			this.attempt.subscribe(call);
		}
	}

	private static final class Call<T> extends Timed implements CoreSubscriber<T>, Subscription {

		static final int RUNNING = 0;

		static final int ENDED = 1;

		static final int EXPIRED = 2;

		static final int CANCELLED = 3;

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<Call> STATE = AtomicIntegerFieldUpdater.newUpdater(Call.class,
				"state");

		private final CoreSubscriber<? super T> actual;

		private final RetryingCall<T> parent;

		/** The attempt's or the wait's subscription, whichever is in progress. */
		@Nullable
		private volatile Subscription current;

		private volatile boolean requested;

		volatile int state;

		Call(CoreSubscriber<? super T> actual, RetryingCall<T> parent) {
			this.actual = actual;
			this.parent = parent;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		void startTimer() {
			Scheduler timer = this.parent.timer;
			if (timer == null) {
				return;
			}
			try {
				startTimer(timer, this.parent.budgetNanos);
			}
			catch (RuntimeException ex) {
				if (STATE.compareAndSet(this, RUNNING, ENDED)) {
					this.actual.onError(Operators.onRejectedExecution(ex, this.actual.currentContext()));
				}
				return;
			}
			if (this.state != RUNNING) {
				stopTimer();
			}
		}

		/** The budget ran out. */
		@Override
		public void expire() {
			if (STATE.compareAndSet(this, RUNNING, EXPIRED)) {
				Subscription current = this.current;
				if (current != null) {
					current.cancel();
				}
				this.actual.onError(this.parent.expired.get());
			}
		}

		// the attempt's signals

		@Override
		public void onSubscribe(Subscription subscription) {
			this.current = subscription;
			if (this.state != RUNNING) {
				subscription.cancel();
			}
			else if (this.requested) {
				subscription.request(Long.MAX_VALUE);
			}
		}

		@Override
		public void onNext(T value) {
			if (!STATE.compareAndSet(this, RUNNING, ENDED)) {
				Operators.onDiscard(value, this.actual.currentContext());
				return;
			}
			stopTimer();
			this.actual.onNext(value);
			this.actual.onComplete();
		}

		@Override
		public void onError(Throwable failure) {
			if (this.state != RUNNING) {
				dropped(failure);
				return;
			}
			RetryOperator<T> retry = this.parent.retry;
			if (retry == null) {
				end(failure);
				return;
			}
			Mono<Long> wait;
			try {
				wait = retry.afterFailure(failure);
			}
			catch (RuntimeException ex) {
				end(ex);
				return;
			}
			wait.subscribe(new Wait(this));
		}

		@Override
		public void onComplete() {
			// after a value the call has ended already; an attempt that completes empty ends it here
			if (STATE.compareAndSet(this, RUNNING, ENDED)) {
				stopTimer();
				this.actual.onComplete();
			}
		}

		private void end(Throwable failure) {
			if (STATE.compareAndSet(this, RUNNING, ENDED)) {
				stopTimer();
				this.actual.onError(failure);
			}
			else {
				dropped(failure);
			}
		}

		/**
		 * A failure after the call ended (an attempt that failed as the deadline cancelled it): nobody is left to tell.
		 * A handler the caller put in the context gets it; otherwise it is logged at DEBUG, not as Reactor's ERROR
		 * (the front door's handler is set inside the attempt, below this operator).
		 */
		private void dropped(Throwable failure) {
			Context context = this.actual.currentContext();
			if (context.hasKey(DROPPED_ERROR_HANDLER)) {
				Operators.onErrorDropped(failure, context);
			}
			else if (logger.isDebugEnabled()) {
				logger.debug("Chameleon call failed after it ended", failure);
			}
		}

		/** The wait after a failure is over: attempt again (unless the call ended meanwhile). */
		private void attemptAgain() {
			if (this.state == RUNNING) {
				this.parent.attempt.subscribe(this);
			}
		}

		// the downstream's

		@Override
		public void request(long n) {
			if (n <= 0 || this.requested) {
				return;
			}
			this.requested = true;
			Subscription current = this.current;
			if (current != null) {
				current.request(Long.MAX_VALUE);
			}
		}

		@Override
		public void cancel() {
			if (STATE.compareAndSet(this, RUNNING, CANCELLED)) {
				stopTimer();
				Subscription current = this.current;
				if (current != null) {
					current.cancel();
				}
			}
		}

		/** The wait between a failure and the next attempt: its end starts the attempt; its failure ends the call. */
		private static final class Wait implements CoreSubscriber<Long> {

			private final Call<?> call;

			private boolean done;

			Wait(Call<?> call) {
				this.call = call;
			}

			@Override
			public Context currentContext() {
				return this.call.actual.currentContext();
			}

			@Override
			public void onSubscribe(Subscription subscription) {
				this.call.current = subscription;
				if (this.call.state != RUNNING) {
					subscription.cancel();
				}
				else {
					subscription.request(Long.MAX_VALUE);
				}
			}

			@Override
			public void onNext(Long tick) {
				// the delay's tick; its completion follows
			}

			@Override
			public void onError(Throwable failure) {
				this.done = true;
				this.call.end(failure);
			}

			@Override
			public void onComplete() {
				if (!this.done) {
					this.done = true;
					this.call.attemptAgain();
				}
			}

		}

	}

}
