package io.github.chameleon4j.benchmarks;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.http.MediaType;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.test.ChameleonEmulator;

/**
 * Scenario 3: walking 10 000, 100 000 and 1 000 000 profiles through {@code profiles().searchAll(...)} at 500 per
 * page. For each count, one pass measures items per second; a second pass samples the heap after forced collections
 * (on a separate thread) to find the peak growth of live data while the walk runs, which must stay within a few pages
 * and must not grow with the number of profiles. The emulator computes the seeded profiles' realistic values when
 * they are read, so seeding a million costs only their identities.
 */
final class PagingScenario {

	static final List<Integer> COUNTS = List.of(10_000, 100_000, 1_000_000);

	private static final int PAGE = 500;

	void run(Report report) {
		Report.Section section = report.section("3. Paging 10 000, 100 000 and 1 000 000 profiles through the Flux variant",
				"`profiles().searchAll(ProfileSearch.all().page(PageRequest.ofSize(500)))` against the emulator (pacing off), "
						+ "a fresh emulator per count seeded with realistic profiles, after a warm-up walk of 10 000. Heap growth = "
						+ "peak of used heap after a forced GC, sampled every 100 ms on another thread during a second walk, minus "
						+ "the same measure before it (the emulator builds each page in this same JVM); p90 = the 90th percentile of "
						+ "the samples (the peak is the largest of them, so it rises with the number of samples, i.e. with the "
						+ "walk's length, even when the heap does not); one page = the JSON of one 500-profile response. "
						+ "Targets: peak at most 5 pages at each count, and flat: p90 at each count at most 1 page above p90 at "
						+ "10 000.",
				"profiles", "page size", "seconds", "items/s", "peak heap growth", "p90 heap growth", "samples",
				"one page (JSON)", "peak in pages", "p90 above 10 000's p90", "target");
		warmUp();
		long firstPeak = -1;
		for (int count : COUNTS) {
			try {
				firstPeak = walk(section, count, firstPeak);
			}
			catch (RuntimeException | OutOfMemoryError ex) {
				// one count failing (e.g. out of heap at a million) is a row, and the next count still runs
				section.row(count, PAGE, "failed: " + String.valueOf(ex).replace('|', '/'), "—", "—", "—", "—", "—", "—", "—",
						"MISSED");
			}
		}
	}

	private long walk(Report.Section section, int count, long firstP90) {
		long baselinePeak = firstP90;
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(count)
			.requestLogCapacity(0)
			.start(); ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(),
					(policy) -> policy.pace((p) -> p.enabled(false)))) {
			ProfileSearch everyone = ProfileSearch.all().page(PageRequest.ofSize(PAGE));
			long started = System.nanoTime();
			Long walked = starter.profiles().searchAll(everyone).count().block();
			double seconds = (System.nanoTime() - started) / 1e9;
			if (walked == null || walked != count) {
				throw new IllegalStateException("walked " + walked + " profiles, expected " + count);
			}
			long pageBytes = pageBytes(emulator);
			HeapSampler.Growth growth = HeapSampler.measure(() -> starter.profiles().searchAll(everyone).count().block());
			if (baselinePeak < 0) {
				baselinePeak = growth.p90();
			}
			double pages = (double) growth.peak() / pageBytes;
			double above = (double) (growth.p90() - baselinePeak) / pageBytes;
			boolean met = pages <= 5 && above <= 1;
			section.row(count, PAGE, Report.fixed(seconds, 2), Report.fixed(count / seconds, 0),
					HeapSampler.mebibytes(growth.peak()), HeapSampler.mebibytes(growth.p90()), growth.samples(),
					HeapSampler.mebibytes(pageBytes), Report.fixed(pages, 1), Report.fixed(above, 1) + " pages",
					met ? "met" : "MISSED" + ((pages > 5) ? " (peak)" : "") + ((above > 1) ? " (not flat)" : ""));
		}
		return baselinePeak;
	}

	private static void warmUp() {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder().seedProfiles(10_000).requestLogCapacity(0).start();
				ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(),
						(policy) -> policy.pace((p) -> p.enabled(false)))) {
			starter.profiles().searchAll(ProfileSearch.all().page(PageRequest.ofSize(PAGE))).count().block();
		}
	}

	private static long pageBytes(ChameleonEmulator emulator) {
		return Clients.raw(emulator)
			.post()
			.uri("/v3/analyze/profiles")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("limit", PAGE))
			.retrieve()
			.bodyToMono(byte[].class)
			.map((body) -> (long) body.length)
			.block();
	}

}
