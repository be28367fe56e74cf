package io.github.chameleon4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Live heap while something runs: used heap after a forced GC, sampled on a separate thread every 100 ms. The
 * numbers count everything in the JVM, including the emulator, which runs in the same JVM.
 */
final class HeapSampler {

	/** What one run did to the live heap. */
	record Growth(long peak, long retained) {
	}

	private HeapSampler() {
	}

	/**
	 * Runs the work and measures the live heap's peak and final growth over the live heap before it.
	 * @param work the work, run on the calling thread
	 * @return the growth
	 */
	static Growth measure(Runnable work) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long baseline = liveHeap(memory);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong peak = new AtomicLong(baseline);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(liveHeap(memory), Math::max);
				LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
			}
		}, "heap-sampler");
		sampler.start();
		try {
			work.run();
		}
		finally {
			running.set(false);
		}
		try {
			sampler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		long after = liveHeap(memory);
		peak.accumulateAndGet(after, Math::max);
		return new Growth(Math.max(0, peak.get() - baseline), Math.max(0, after - baseline));
	}

	private static long liveHeap(MemoryMXBean memory) {
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	static String mebibytes(long bytes) {
		return Report.fixed(bytes / (1024.0 * 1024.0), 2) + " MiB";
	}

}
