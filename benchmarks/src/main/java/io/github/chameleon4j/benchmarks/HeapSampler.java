package io.github.chameleon4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Live heap while something runs: used heap after a forced GC, sampled on a separate thread every 100 ms. The
 * numbers count everything in the JVM, including the emulator, which runs in the same JVM.
 */
final class HeapSampler {

	/**
	 * What one run did to the live heap.
	 * @param peak the largest sample's growth
	 * @param p90 the 90th percentile of the samples' growth: unlike the peak, it does not rise with the number of
	 * samples, i.e. with how long the run lasts
	 * @param retained the growth still live after the run
	 * @param samples how many samples were taken
	 */
	record Growth(long peak, long p90, long retained, int samples) {
	}

	private HeapSampler() {
	}

	/**
	 * Runs the work on the calling thread while another thread samples, {@code period} apart, until the work ends
	 * or a sample says to stop.
	 * @param work the work
	 * @param sample takes one sample; {@code false} to stop sampling
	 * @param period the pause between samples
	 */
	static void whileSampling(Runnable work, java.util.function.BooleanSupplier sample, Duration period) {
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get() && sample.getAsBoolean()) {
				LockSupport.parkNanos(period.toNanos());
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
	}

	/**
	 * Runs the work and measures the live heap's peak and final growth over the live heap before it.
	 * @param work the work, run on the calling thread
	 * @return the growth
	 */
	static Growth measure(Runnable work) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long baseline = settledLiveHeap(memory);
		List<Long> samples = Collections.synchronizedList(new ArrayList<>());
		whileSampling(work, () -> {
			samples.add(liveHeap(memory));
			return true;
		}, Duration.ofMillis(100));
		long after = liveHeap(memory);
		List<Long> sorted = new ArrayList<>(samples);
		sorted.add(after);
		Collections.sort(sorted);
		long peak = sorted.get(sorted.size() - 1);
		long p90 = sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
		return new Growth(Math.max(0, peak - baseline), Math.max(0, p90 - baseline), Math.max(0, after - baseline),
				sorted.size());
	}

	/**
	 * The live heap once it stops shrinking: an emulator closed just before (its event loops shut down on their own
	 * threads) may still hold its data for a moment, which would otherwise be freed during the measured run and hide
	 * that run's growth.
	 */
	private static long settledLiveHeap(MemoryMXBean memory) {
		long previous = liveHeap(memory);
		for (int i = 0; i < 20; i++) {
			LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
			long current = liveHeap(memory);
			if (Math.abs(previous - current) < (1 << 20)) {
				return current;
			}
			previous = current;
		}
		return previous;
	}

	private static long liveHeap(MemoryMXBean memory) {
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	static String mebibytes(long bytes) {
		return Report.fixed(bytes / (1024.0 * 1024.0), 2) + " MiB";
	}

}
