package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A closed-loop load: {@code callers} independent callers, each sending its next call as soon as the
 * previous one ended, for a fixed time. Callers still waiting when the time is up are cancelled.
 */
final class ClosedLoop {

	final Latencies latencies = new Latencies();

	final AtomicLong succeeded = new AtomicLong();

	final AtomicLong failed = new AtomicLong();

	/** The first failure, for the report. */
	final java.util.concurrent.atomic.AtomicReference<Throwable> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();

	final Duration elapsed;

	private ClosedLoop(Duration elapsed) {
		this.elapsed = elapsed;
	}

	double callsPerSecond() {
		return this.succeeded.get() / (this.elapsed.toNanos() / 1e9);
	}

	static ClosedLoop run(int callers, Duration duration, Supplier<Mono<?>> call) {
		return run(callers, duration, call, false);
	}

	/**
	 * Runs the callers until the duration has passed.
	 * @param callers how many callers, each with one call in flight at a time
	 * @param duration how long callers start new calls
	 * @param call one call
	 * @param letInFlightFinish whether the calls in flight when the duration ends may finish (no cancellation, which
	 * with a connection pool can hand the next run a connection that is still closing) rather than being cancelled
	 * (for callers that may wait long, e.g. for the pace)
	 * @return what the callers did
	 */
	static ClosedLoop run(int callers, Duration duration, Supplier<Mono<?>> call, boolean letInFlightFinish) {
		List<Latencies> perCaller = new ArrayList<>();
		AtomicLong succeeded = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		java.util.concurrent.atomic.AtomicReference<Throwable> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		Flux.range(0, callers).flatMap((caller) -> {
			Latencies mine = new Latencies();
			synchronized (perCaller) {
				perCaller.add(mine);
			}
			return Mono.defer(() -> {
				long sent = System.nanoTime();
				return call.get().doOnSuccess((value) -> {
					mine.record(System.nanoTime() - sent);
					succeeded.incrementAndGet();
				}).onErrorResume((ex) -> {
					failed.incrementAndGet();
					firstFailure.compareAndSet(null, ex);
					return Mono.empty();
				});
			}).repeat(() -> System.nanoTime() < end);
		}, callers).take(letInFlightFinish ? duration.plusSeconds(30) : duration).blockLast();
		ClosedLoop result = new ClosedLoop(Duration.ofNanos(System.nanoTime() - start));
		perCaller.forEach(result.latencies::addAll);
		result.succeeded.set(succeeded.get());
		result.failed.set(failed.get());
		result.firstFailure.set(firstFailure.get());
		return result;
	}

}
