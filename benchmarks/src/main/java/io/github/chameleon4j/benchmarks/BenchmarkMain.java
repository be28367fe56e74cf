package io.github.chameleon4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the scenarios, prints each result as it comes, and writes the tables as Markdown after each scenario, so
 * that a run stopped half-way keeps what it measured. A scenario that fails becomes a row of its own (the failure and
 * where it happened) and the run goes on with the next one.
 * <p>
 * Arguments: the scenarios to run ({@code all}, or a comma-separated subset of {@code overhead},
 * {@code control} (scenario 1's method with a second raw client in the starter's place), {@code goodput}, {@code paging}, {@code deliveries}, {@code micro}, {@code allowance}, {@code sync}, {@code replicas}, {@code attribution}) and the
 * Markdown file to write.
 */
public final class BenchmarkMain {

	private static final List<String> SCENARIOS = List.of("overhead", "control", "goodput", "paging", "deliveries", "micro",
			"allowance", "sync", "replicas", "attribution");

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws IOException {
		Set<String> selected = new LinkedHashSet<>();
		String which = (args.length > 0 && !args[0].isBlank()) ? args[0] : "all";
		for (String name : which.split(",")) {
			String scenario = name.trim();
			if (scenario.equals("all")) {
				selected.addAll(SCENARIOS);
			}
			else if (SCENARIOS.contains(scenario)) {
				selected.add(scenario);
			}
			else {
				throw new IllegalArgumentException("Unknown scenario '" + scenario + "'; choose all or any of " + SCENARIOS);
			}
		}
		Path output = Path.of((args.length > 1) ? args[1] : "RESULTS.md");
		Report report = new Report();
		long started = System.nanoTime();
		List<String> done = new ArrayList<>();
		for (String scenario : SCENARIOS) {
			if (!selected.contains(scenario)) {
				continue;
			}
			System.out.println("== " + scenario);
			try {
				switch (scenario) {
					case "overhead" -> new OverheadScenario(false).run(report);
					case "control" -> new OverheadScenario(true).run(report);
					case "goodput" -> new GoodputScenario().run(report);
					case "paging" -> new PagingScenario().run(report);
					case "deliveries" -> new DeliveryScenario().run(report);
					case "allowance" -> new AllowanceScenario().run(report);
					case "sync" -> new BulkSyncScenario().run(report);
					case "replicas" -> new ReplicasScenario().run(report);
					case "attribution" -> new OverheadAttributionScenario().run(report);
					default -> new MicroScenario().run(report);
				}
			}
			catch (Exception | OutOfMemoryError | StackOverflowError | AssertionError ex) {
				ex.printStackTrace();
				report.failure(scenario, ex);
			}
			done.add(scenario);
			write(output, report, selected, done, started);
		}
		System.out.println("Wrote " + output.toAbsolutePath());
		// Reactor Netty and the emulator leave daemon and timer threads behind
		System.exit(0);
	}

	private static void write(Path output, Report report, Set<String> selected, List<String> done, long started)
			throws IOException {
		long minutes = Math.round((System.nanoTime() - started) / 60e9);
		String progress = (done.size() == selected.size()) ? "" : " (so far: " + String.join(", ", done) + ")";
		String header = "## Benchmark results\n\n" + "Run " + LocalDate.now() + " on " + machine() + "; scenarios: "
				+ String.join(", ", selected) + progress + " (about " + minutes + " min). Ratios matter more than absolute "
				+ "numbers: the emulator and the clients share the same cores.\n";
		Files.writeString(output, report.markdown(header), StandardCharsets.UTF_8);
	}

	private static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() >> 20)
				+ " MiB max heap, Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
				+ "), " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
	}

}
