package io.github.chameleon4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.chameleon4j.resilience.CallPolicy;

/**
 * Scenario 9: where the overhead of scenario 1 sits. Each layer of the client (the front door alone with
 * {@link CallPolicy#direct()}, then the resilience policy, the policy without each of its parts in turn, the metrics
 * filter, Boot's connector) is measured against a raw WebClient in a JVM of its own ({@link AttributionMain}), so
 * that the layers do not share one JIT profile (in one JVM, every client added makes the shared WebClient and Reactor
 * Netty code slower for all of them). 16 callers.
 */
final class OverheadAttributionScenario {

	private static final int CALLERS = Integer.getInteger("attribution.callers", 16);

	private static final long WARMUP_SECONDS = 10;

	private static final long RUN_SECONDS = 4;

	private static final int PAIRS = 4;

	private static final long CHILD_TIMEOUT_MINUTES = 5;

	void run(Report report) {
		Report.Section section = report.section("9. Where the overhead sits (" + CALLERS + " callers)",
				"Same GET as scenario 1. Each row is a JVM of its own running the emulator, a raw WebClient and that "
						+ "client, warmed in turn (" + WARMUP_SECONDS + " s each, twice), then " + PAIRS + " pairs of " + RUN_SECONDS
						+ " s runs in alternating order; ratio = the client's calls per second / raw's. Indented rows "
						+ "take one part out of the policy: what that row gains over the policy row is what the part costs.",
				"client", "raw calls/s", "client calls/s", "ratio to raw", "failed calls");
		for (AttributionMain.Layer layer : AttributionMain.Layer.values()) {
			try {
				Map<String, String> result = child(layer);
				section.row(layer.description, result.get("raw"), result.get("layer"),
						Report.fixed(Double.parseDouble(result.get("ratio")), 3), result.get("failed"));
			}
			catch (IOException | RuntimeException ex) {
				section.row(layer.description, "—", "—", "failed: " + String.valueOf(ex.getMessage()).replace('|', '/'),
						"—");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static Map<String, String> child(AttributionMain.Layer layer) throws IOException, InterruptedException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms2g",
				"-Xmx2g", "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"), AttributionMain.class.getName(),
				layer.name(), String.valueOf(CALLERS), String.valueOf(WARMUP_SECONDS), String.valueOf(RUN_SECONDS),
				String.valueOf(PAIRS));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> lines = new ArrayList<>();
		Thread reader = new Thread(() -> ReplicasScenario.drain(process, lines), "attribution-" + layer);
		reader.setDaemon(true);
		reader.start();
		if (!process.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("still running after " + CHILD_TIMEOUT_MINUTES + " min");
		}
		reader.join();
		Map<String, String> result = new HashMap<>();
		synchronized (lines) {
			for (String line : lines) {
				if (line.startsWith("RESULT ")) {
					for (String pair : line.substring("RESULT ".length()).split(" ")) {
						int equals = pair.indexOf('=');
						result.put(pair.substring(0, equals), pair.substring(equals + 1));
					}
				}
			}
			if (process.exitValue() != 0 || !result.containsKey("ratio")) {
				throw new IllegalStateException("exited with " + process.exitValue() + ": "
						+ String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
			}
		}
		System.out.println("  " + layer + ": " + result);
		return result;
	}

}
