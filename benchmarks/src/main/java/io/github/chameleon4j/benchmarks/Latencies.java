package io.github.chameleon4j.benchmarks;

import java.util.Arrays;

/** Records latencies in nanoseconds from many threads; percentiles are read after the run. */
final class Latencies {

	private long[] values = new long[1 << 16];

	private int size;

	synchronized void record(long nanos) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = nanos;
	}

	synchronized void addAll(Latencies other) {
		synchronized (other) {
			for (int i = 0; i < other.size; i++) {
				record(other.values[i]);
			}
		}
	}

	synchronized int count() {
		return this.size;
	}

	/** The percentile in microseconds (nearest rank). */
	synchronized double percentileMicros(double percentile) {
		if (this.size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.values, this.size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * this.size);
		return sorted[Math.max(0, Math.min(this.size - 1, rank - 1))] / 1000.0;
	}

}
