package io.github.chameleon4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.http.MediaType;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.test.ChameleonEmulator;

/**
 * Scenario 3: walking 100 000 profiles through {@code profiles().searchAll(...)} at 500 per page.
 * One pass measures items per second; a second pass samples the heap after forced collections
 * (on a separate thread) to find the peak growth of live data while the walk runs, which must stay
 * within a few pages.
 */
final class PagingScenario {

	private static final int PROFILES = 100_000;

	private static final int PAGE = 500;

	void run(Report report) {
		Report.Section section = report.section("3. Paging 100 000 profiles through the Flux variant",
				"`profiles().searchAll(ProfileSearch.all().page(PageRequest.ofSize(500)))` against the emulator (pacing off). "
						+ "Heap growth = peak of used heap after a forced GC, sampled every 100 ms on another thread during a "
						+ "second walk, minus the same measure before it; one page = the JSON of one 500-profile response.",
				"profiles", "page size", "seconds", "items/s", "peak heap growth", "one page (JSON)", "growth in pages",
				"target");
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(PROFILES)
			.requestLogCapacity(0)
			.start(); ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(),
					(policy) -> policy.pace((p) -> p.enabled(false)))) {
			ProfileSearch everyone = ProfileSearch.all().page(PageRequest.ofSize(PAGE));
			// warm-up walk
			starter.profiles().searchAll(everyone).count().block();
			long started = System.nanoTime();
			Long walked = starter.profiles().searchAll(everyone).count().block();
			double seconds = (System.nanoTime() - started) / 1e9;
			if (walked == null || walked != PROFILES) {
				throw new IllegalStateException("walked " + walked + " profiles, expected " + PROFILES);
			}
			long pageBytes = Clients.raw(emulator)
				.post()
				.uri("/v3/analyze/profiles")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("limit", PAGE))
				.retrieve()
				.bodyToMono(byte[].class)
				.map((body) -> (long) body.length)
				.block();
			long growth = peakGrowth(() -> starter.profiles().searchAll(everyone).count().block());
			double pages = (double) growth / pageBytes;
			section.row(PROFILES, PAGE, Report.fixed(seconds, 2), Report.fixed(PROFILES / seconds, 0), mebibytes(growth),
					mebibytes(pageBytes), Report.fixed(pages, 1), (pages <= 5) ? "met (<= 5 pages)" : "MISSED");
		}
	}

	private static long peakGrowth(Runnable walk) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long baseline = liveHeap(memory);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong peak = new AtomicLong(baseline);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(liveHeap(memory), Math::max);
				java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
			}
		}, "heap-sampler");
		sampler.start();
		try {
			walk.run();
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
		return Math.max(0, peak.get() - baseline);
	}

	private static long liveHeap(MemoryMXBean memory) {
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static String mebibytes(long bytes) {
		return Report.fixed(bytes / (1024.0 * 1024.0), 2) + " MiB";
	}

}
