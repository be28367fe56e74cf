package io.github.chameleon4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.http.MediaType;

import io.github.chameleon4j.test.ChameleonEmulator;

/**
 * Scenario 3: walking 10 000, 100 000 and 1 000 000 profiles through {@code profiles().searchAll(...)} at 500 per
 * page. The emulator runs here; the client runs in a child JVM of its own ({@link PagingWalkMain}) with a small fixed
 * heap, so that the heap measured is the client's alone and completing a million profiles within that heap is itself
 * a bound. The emulator computes the seeded profiles' realistic values when they are read, so seeding a million costs
 * only their identities.
 * <p>
 * System properties: {@code paging.heap} (the client JVM's heap, default 32m), {@code paging.counts} (e.g.
 * {@code 10000,100000}), {@code paging.census.dir} (keep the class histograms behind the census and the largest
 * sample there), {@code paging.parallelScheduler} (the client's deadlines on {@code Schedulers.parallel()} instead of
 * the shared hashed-wheel timer).
 */
final class PagingScenario {

	static final List<Integer> COUNTS = List.of(10_000, 100_000, 1_000_000);

	private static final int PAGE = 500;

	/** The client JVM's {@code -Xmx} (and {@code -Xms}); {@code -Dpaging.heap=24m} to try another. */
	static final String CLIENT_HEAP = System.getProperty("paging.heap", "32m");

	/** How long one client JVM may take (its four walks of a million took about 10 min on the loaded 2-core machine). */
	private static final long CLIENT_TIMEOUT_MINUTES = 30;

	/** Which counts to walk ({@code -Dpaging.counts=10000,100000}; default all three). */
	private static final String COUNTS_SELECTED = System.getProperty("paging.counts", "");

	void run(Report report) {
		Report.Section section = report.section("3. Paging 10 000, 100 000 and 1 000 000 profiles through the Flux variant",
				"`profiles().searchAll(ProfileSearch.all().page(PageRequest.ofSize(500)))` against the emulator (pacing off, "
						+ "a fresh emulator per count seeded with realistic profiles). The client runs in a child JVM of its own "
						+ "(`-Xms" + CLIENT_HEAP + " -Xmx" + CLIENT_HEAP + "`, G1, exit on out-of-memory), so every heap number is "
						+ "the client's alone, and a walk that completes did so within that heap. After a warm-up walk (at most "
						+ "20 000) it walks three times. Timed: seconds, items/s, and max used after a collection = the largest "
						+ "heap in use after any collection the JVM ran on its own (garbage not yet reached included). Census: "
						+ "live heap = a class histogram (a full collection, live objects to the byte) taken by the subscriber, on "
						+ "the delivering thread, at the first item of page 2 and of the page at each further tenth of the walk; "
						+ "every census sees the same state (one page being delivered, the next not yet requested), so growth = "
						+ "last census - first is what the client kept from the pages in between (grew most: the classes behind "
						+ "it), and the last census compares across counts; idle = a census with no walk running. Sampled: class "
						+ "histograms taken on another thread, about " + PagingWalkMain.SAMPLES + " whatever the walk's length; "
						+ "peak = the largest minus the live heap just before the walk, with the `Profile` records live in it (more than 500: "
						+ "two pages at once). The sampled peak is a lower bound: the "
						+ "client holds a page only while it decodes and delivers it, a small part of each page's round trip, and "
						+ "whether a sample lands at the end of a decode (the page's bytes and all its records) is chance. One page "
						+ "= the JSON of one 500-profile response. Targets: the walk completes within the child's heap; growth "
						+ "over the walk at most 0.1 page (under 100 bytes a page at a million); flat: the last census at most 0.1 "
						+ "page above 10 000's; sampled peak at most the page being delivered (first census - idle) plus 2 pages "
						+ "(its bytes while it is decoded, and slack), i.e. never two pages of records at once.",
				"profiles", "page size", "client heap", "seconds", "items/s", "max used after a collection",
				"idle live heap", "live heap: first → last census", "growth over the walk", "grew most",
				"last census above 10 000's", "sampled peak above idle", "samples", "one page (JSON)", "target");
		Long firstLastCensus = null;
		for (int count : counts()) {
			try {
				long last = walk(section, count, firstLastCensus);
				if (firstLastCensus == null) {
					firstLastCensus = last;
				}
			}
			catch (RuntimeException | IOException | InterruptedException | OutOfMemoryError ex) {
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				// one count failing (e.g. the client out of its heap at a million) is a row, and the next count still runs
				section.row(count, PAGE, CLIENT_HEAP, "failed: " + String.valueOf(ex).replace('|', '/').replace('\n', ' '),
						"—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "MISSED");
			}
		}
	}

	private static List<Integer> counts() {
		if (COUNTS_SELECTED.isBlank() || COUNTS_SELECTED.startsWith("${")) {
			return COUNTS;
		}
		return Arrays.stream(COUNTS_SELECTED.split(",")).map(String::trim).map(Integer::valueOf).toList();
	}

	/** One count's row; returns its last census. */
	private long walk(Report.Section section, int count, Long firstLastCensus) throws IOException, InterruptedException {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(count)
			.requestLogCapacity(0)
			.start()) {
			long pageBytes = pageBytes(emulator);
			Map<String, String> result = client(emulator, count);
			double seconds = Double.parseDouble(result.get("seconds"));
			long idle = Long.parseLong(result.get("idle"));
			long[] censuses = Arrays.stream(result.get("censuses").split(",")).mapToLong(Long::parseLong).toArray();
			long first = censuses[0];
			long last = censuses[censuses.length - 1];
			long growth = last - first;
			long peak = Long.parseLong(result.get("peak"));
			double growthPages = (double) growth / pageBytes;
			double peakPages = (double) peak / pageBytes;
			double deliveredPages = (double) (first - idle) / pageBytes;
			long above = (firstLastCensus != null) ? last - firstLastCensus : 0;
			double abovePages = (double) above / pageBytes;
			List<String> missed = new ArrayList<>();
			if (growthPages > 0.1) {
				missed.add("grows");
			}
			if (abovePages > 0.1) {
				missed.add("not flat");
			}
			if (peakPages > deliveredPages + 2) {
				missed.add("peak");
			}
			section.row(count, PAGE, CLIENT_HEAP, Report.fixed(seconds, 2), Report.fixed(count / seconds, 0),
					HeapSampler.mebibytes(Long.parseLong(result.get("maxAfterCollection"))) + " ("
							+ result.get("collections") + " collections)",
					HeapSampler.mebibytes(idle), HeapSampler.mebibytes(first) + " → " + HeapSampler.mebibytes(last),
					kibibytes(growth) + " (" + Report.fixed(growthPages, 3) + " pages)",
					result.getOrDefault("grew", "").isBlank() ? "—" : result.get("grew").replace('|', '/'),
					(firstLastCensus != null) ? kibibytes(above) + " (" + Report.fixed(abovePages, 3) + " pages)" : "—",
					HeapSampler.mebibytes(peak) + " (" + Report.fixed(peakPages, 1) + " pages; page being delivered "
							+ Report.fixed(deliveredPages, 1) + "; " + result.getOrDefault("profilesAtPeak", "?")
							+ " profile records)",
					result.get("samples"), HeapSampler.mebibytes(pageBytes),
					missed.isEmpty() ? "met" : "MISSED (" + String.join(", ", missed) + ")");
			return last;
		}
	}

	/** Runs the client's walks in a child JVM; its {@code RESULT} line as key=value pairs, plus {@code grew}. */
	private static Map<String, String> client(ChameleonEmulator emulator, int count)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xms" + CLIENT_HEAP, "-Xmx" + CLIENT_HEAP, "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError"));
		if (PagingWalkMain.PARALLEL_SCHEDULER) {
			command.add("-Dpaging.parallelScheduler=true");
		}
		if (PagingWalkMain.CENSUS_DIR != null) {
			command.add("-Dpaging.census.dir=" + PagingWalkMain.CENSUS_DIR);
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PagingWalkMain.class.getName(),
				emulator.baseUrl(), String.valueOf(count), String.valueOf(PAGE)));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		// the secret goes in the environment, not on the command line (which any process listing shows)
		builder.environment().put(PagingWalkMain.SECRET_VARIABLE, emulator.accountSecret());
		Process process = builder.start();
		List<String> lines = new ArrayList<>();
		Thread reader = new Thread(() -> ReplicasScenario.drain(process, lines), "paging-client-output");
		reader.setDaemon(true);
		reader.start();
		if (!process.waitFor(CLIENT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("client JVM still walking after " + CLIENT_TIMEOUT_MINUTES + " min");
		}
		reader.join();
		Map<String, String> result = new HashMap<>();
		for (String line : lines) {
			if (line.startsWith("RESULT ")) {
				for (String pair : line.substring("RESULT ".length()).split(" ")) {
					int equals = pair.indexOf('=');
					result.put(pair.substring(0, equals), pair.substring(equals + 1));
				}
			}
			else if (line.startsWith("GROWTH")) {
				result.put("grew", line.substring("GROWTH".length()).trim());
			}
			else if (line.startsWith("PEAK")) {
				result.put("peakClasses", line.substring("PEAK".length()).trim());
			}
		}
		if (process.exitValue() != 0 || !result.containsKey("censuses")) {
			String tail = String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
			throw new IllegalStateException("client JVM (-Xmx" + CLIENT_HEAP + ") exited with " + process.exitValue()
					+ ": " + tail);
		}
		System.out.println("  client: " + result);
		return result;
	}

	private static String kibibytes(long bytes) {
		return Report.fixed(bytes / 1024.0, 1) + " KiB";
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
