package io.github.chameleon4j.benchmarks;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.http.MediaType;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.PageRequest;
import io.github.chameleon4j.client.ProfileSearch;
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
						+ "the same measure before it (the emulator builds each page in this same JVM); one page = the JSON of one "
						+ "500-profile response. Targets: at most 5 pages at each count, and flat: the peak at each count at most "
						+ "1 page above the peak at 10 000.",
				"profiles", "page size", "seconds", "items/s", "peak heap growth", "one page (JSON)", "growth in pages",
				"above 10 000's peak", "target");
		warmUp();
		long firstPeak = -1;
		for (int count : COUNTS) {
			try {
				firstPeak = walk(section, count, firstPeak);
			}
			catch (RuntimeException | OutOfMemoryError ex) {
				// one count failing (e.g. out of heap at a million) is a row, and the next count still runs
				section.row(count, PAGE, "failed: " + String.valueOf(ex).replace('|', '/'), "—", "—", "—", "—", "—", "MISSED");
			}
		}
	}

	private long walk(Report.Section section, int count, long firstPeak) {
		long baselinePeak = firstPeak;
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(count)
			.requestLogCapacity(0)
			.start(); ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(),
					(policy) -> policy.paceEnabled(false))) {
			ProfileSearch everyone = ProfileSearch.all().page(PageRequest.ofSize(PAGE));
			long started = System.nanoTime();
			Long walked = starter.profiles().searchAll(everyone).count().block();
			double seconds = (System.nanoTime() - started) / 1e9;
			if (walked == null || walked != count) {
				throw new IllegalStateException("walked " + walked + " profiles, expected " + count);
			}
			long pageBytes = pageBytes(emulator);
			long peak = HeapSampler.measure(() -> starter.profiles().searchAll(everyone).count().block()).peak();
			if (baselinePeak < 0) {
				baselinePeak = peak;
			}
			double pages = (double) peak / pageBytes;
			double above = (double) (peak - baselinePeak) / pageBytes;
			boolean met = pages <= 5 && above <= 1;
			section.row(count, PAGE, Report.fixed(seconds, 2), Report.fixed(count / seconds, 0),
					HeapSampler.mebibytes(peak), HeapSampler.mebibytes(pageBytes), Report.fixed(pages, 1),
					Report.fixed(above, 1) + " pages", met ? "met" : "MISSED");
		}
		return baselinePeak;
	}

	private static void warmUp() {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder().seedProfiles(10_000).requestLogCapacity(0).start();
				ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(),
						(policy) -> policy.paceEnabled(false))) {
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
