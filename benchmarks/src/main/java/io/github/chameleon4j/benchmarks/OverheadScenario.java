package io.github.chameleon4j.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.chameleon4j.client.ChameleonOperations;

/**
 * Scenario 1: what the starter costs per call. The same GET ({@code /v3/edit/tours/:id}, decoded into the same
 * record with the same mapper) through a raw WebClient and through {@link ChameleonOperations}, against the emulator
 * with every limit off, at several concurrencies. Runs alternate between the two clients so that drift on a noisy
 * machine hits both equally.
 * <p>
 * Two identical raw clients in one JVM differ by up to ±5 % for that JVM's whole run (see the control), most likely
 * by where their pooled connections landed (which event loop, sharing a core with which server thread), a draw a
 * JVM keeps. So the measurement runs in several fresh JVMs ({@link OverheadMain}, like JMH's forks) and a
 * row reports the median over them, with every fork's own ratio beside it. The control ({@code control}) runs the
 * same forks with a second raw WebClient in the starter's place: its spread is what the method can resolve.
 */
final class OverheadScenario {

	static final int FORKS = Integer.getInteger("overhead.forks", 5);

	static final int ROUNDS = Integer.getInteger("overhead.rounds", 3);

	private static final long FORK_TIMEOUT_MINUTES = 10;

	private final boolean control;

	OverheadScenario(boolean control) {
		this.control = control;
	}

	void run(Report report) {
		String client = this.control ? "second raw" : "starter";
		Report.Section section = report.section(this.control
				? "1b. Control: a raw WebClient vs a second raw WebClient (what the method resolves)"
				: "1. Overhead: ChameleonOperations vs raw WebClient",
				(this.control ? "Scenario 1's method, unchanged, with a second raw WebClient (built like the first, its own "
						+ "connection pool) in the starter's place. Both clients are the same code, so every ratio away from 1 "
						+ "is the method's noise: a single fork's spread is why scenario 1 reports the median of several. "
						: "Same GET `/v3/edit/tours/:id` against the emulator with every limit off, decoded into the same record. "
								+ "The starter runs its full request path (error filter, metrics filter, deadline, retry, circuit "
								+ "breaker, cool-down gate, concurrency permits) with pacing off and `max-in-flight` 64. ")
						+ FORKS + " forks: each a fresh JVM (`-Xms2g -Xmx2g -XX:+UseG1GC`) with its own emulator and clients, "
						+ "because two identical clients in one JVM differ by up to ±5 % for its whole run (section 1b), most "
						+ "likely by where their pooled connections landed (which event loop, sharing a core with which server "
						+ "thread). In each fork both clients are first warmed in turn, "
						+ OverheadMain.INITIAL_WARMUP.toSeconds() + " s each, twice (the raw client first in odd forks, the "
						+ client + " first in even ones: the first warm-up opens a client's connections); then " + ROUNDS + " rounds per concurrency, "
						+ "each a back-to-back pair of " + OverheadMain.MEASURE.toSeconds() + " s runs (after "
						+ OverheadMain.WARMUP.toSeconds() + " s of warm-up each) whose calls in flight at the end finish, order "
						+ "alternating; a fork's ratio is the median over its rounds of " + client + "/raw calls per second "
						+ "(successful calls only; failed calls are counted in their own column). At one caller each client "
						+ "keeps one connection, so both one-caller clients run on one shared single-thread event loop"
						+ (this.control ? "" : " (the starter still through Boot's connector, `runOn` added by a customizer)")
						+ ". A row gives the median over the forks of each column. "
						+ (this.control ? "Expected: 1; no target." : "Target: throughput ratio >= 0.95."),
				"callers", "raw calls/s", client + " calls/s", "ratio (median of forks)", "fork ratios", "raw p50 µs",
				"added p50 µs", "raw p99 µs", "added p99 µs", "failed calls raw / " + client, "target");
		Map<Integer, List<Map<String, String>>> results = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		List<String> forkErrors = new ArrayList<>();
		for (int fork = 1; fork <= FORKS; fork++) {
			try {
				for (Map<String, String> row : fork(fork, failures)) {
					results.computeIfAbsent(Integer.parseInt(row.get("callers")), (callers) -> new ArrayList<>()).add(row);
				}
			}
			catch (IOException | RuntimeException ex) {
				forkErrors.add("fork " + fork + ": " + String.valueOf(ex.getMessage()).replace('|', '/'));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		for (int callers : OverheadMain.CONCURRENCY) {
			List<Map<String, String>> forks = results.getOrDefault(callers, List.of());
			if (forks.isEmpty()) {
				section.row(callers, "—", "—", "no fork measured", String.join("; ", forkErrors), "—", "—", "—", "—", "—",
						this.control ? "—" : "MISSED");
				continue;
			}
			Function<String, Double> median = (key) -> median(forks.stream().mapToDouble((row) -> Double.parseDouble(row.get(key))).toArray());
			double ratio = median.apply("ratio");
			double rawP50 = median.apply("rawP50");
			double rawP99 = median.apply("rawP99");
			long failedRaw = forks.stream().mapToLong((row) -> Long.parseLong(row.get("failedRaw"))).sum();
			long failedClient = forks.stream().mapToLong((row) -> Long.parseLong(row.get("failedClient"))).sum();
			String causes = failures.stream().filter((line) -> line.startsWith(callers + " ")).distinct().limit(2)
				.map((line) -> " (" + line.substring(line.indexOf(' ') + 1) + ")").collect(Collectors.joining());
			String forkRatios = forks.stream().map((row) -> Report.fixed(Double.parseDouble(row.get("ratio")), 3))
				.collect(Collectors.joining(" "));
			section.row(callers, Report.fixed(median.apply("raw"), 0), Report.fixed(median.apply("client"), 0),
					Report.fixed(ratio, 3), forkRatios + (forks.size() < FORKS ? " (" + forkErrors.size() + " forks failed)" : ""),
					Report.fixed(rawP50, 0), Report.fixed(median.apply("clientP50") - rawP50, 0), Report.fixed(rawP99, 0),
					Report.fixed(median.apply("clientP99") - rawP99, 0), failedRaw + " / " + failedClient + causes,
					this.control ? "—" : (ratio >= 0.95 && failedClient == 0 && forks.size() == FORKS) ? "met" : "MISSED");
		}
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** Runs one fork and returns its {@code RESULT} lines as maps; its {@code FAILURE} lines go to {@code failures}. */
	private List<Map<String, String>> fork(int fork, List<String> failures) throws IOException, InterruptedException {
		System.out.println("  fork " + fork + " of " + FORKS);
		ChildJvm.Output output = ChildJvm.run("overhead-fork-" + fork, FORK_TIMEOUT_MINUTES, OverheadMain.class,
				this.control ? "control" : "starter", String.valueOf(ROUNDS), String.valueOf(fork % 2 == 0));
		for (String line : output.lines()) {
			if (line.startsWith("    callers=")) {
				// each round on the console (not in the results file): shows whether one round or all were low
				System.out.println("  " + line.trim());
			}
			else if (line.startsWith("FAILURE ")) {
				failures.add(line.substring("FAILURE ".length()));
			}
		}
		List<Map<String, String>> rows = output.results();
		if (output.exitValue() != 0 || rows.size() != OverheadMain.CONCURRENCY.length) {
			throw output.failure();
		}
		System.out.println(String.format(Locale.ROOT, "  fork %d ratios: %s", fork, rows.stream()
			.map((row) -> row.get("callers") + "=" + row.get("ratio")).collect(Collectors.joining(" "))));
		return rows;
	}

}
