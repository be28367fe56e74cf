package io.github.chameleon4j.test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * A non-blocking {@code max_concurrent} pool: a request beyond the limit waits in a queue, without holding a
 * thread, until a running request finishes (the permit is handed over) or the queue timeout passes (then 429).
 */
final class ConcurrencyPool {

	private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

	private int inFlight;

	private static final class Waiter {

		final Sinks.One<Boolean> sink = Sinks.one();

		Disposable timer;

		boolean done;

		boolean granted;

		volatile boolean delivered;

	}

	/**
	 * Emits {@code true} once the caller holds a permit (it must call {@link #release()}), or {@code false} when the
	 * queue timeout passed first.
	 */
	Mono<Boolean> acquire(int limit, Duration queueTimeout, Scheduler scheduler) {
		return Mono.defer(() -> {
			Waiter waiter = new Waiter();
			synchronized (this) {
				if (this.inFlight < limit) {
					this.inFlight++;
					return Mono.just(true);
				}
				this.waiters.addLast(waiter);
				waiter.timer = scheduler.schedule(() -> expire(waiter), queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
			}
			return waiter.sink.asMono()
				.doOnNext((acquired) -> waiter.delivered = true)
				.doOnCancel(() -> abandon(waiter));
		});
	}

	private void expire(Waiter waiter) {
		synchronized (this) {
			if (waiter.done) {
				return;
			}
			waiter.done = true;
			this.waiters.remove(waiter);
		}
		waiter.sink.tryEmitValue(false);
	}

	private void abandon(Waiter waiter) {
		boolean holdsPermit;
		synchronized (this) {
			holdsPermit = waiter.granted && !waiter.delivered;
			waiter.done = true;
			this.waiters.remove(waiter);
		}
		if (waiter.timer != null) {
			waiter.timer.dispose();
		}
		if (holdsPermit) {
			// cancelled after the permit was handed over but possibly before it was used
			release();
		}
	}

	/** Returns a permit: hands it to the longest-waiting request, if any. */
	void release() {
		Waiter next;
		synchronized (this) {
			next = this.waiters.pollFirst();
			if (next == null) {
				this.inFlight = Math.max(0, this.inFlight - 1);
				return;
			}
			next.done = true;
			next.granted = true;
		}
		next.timer.dispose();
		next.sink.tryEmitValue(true);
	}

	synchronized int inFlight() {
		return this.inFlight;
	}

	synchronized int queued() {
		return this.waiters.size();
	}

}
