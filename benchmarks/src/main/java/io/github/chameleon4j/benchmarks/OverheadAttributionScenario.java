package io.github.chameleon4j.benchmarks;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

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
		ChildJvm.Output output = ChildJvm.run("attribution-" + layer, CHILD_TIMEOUT_MINUTES, AttributionMain.class,
				layer.name(), String.valueOf(CALLERS), String.valueOf(WARMUP_SECONDS), String.valueOf(RUN_SECONDS),
				String.valueOf(PAIRS));
		Map<String, String> result = new HashMap<>();
		output.results().forEach(result::putAll);
		if (output.exitValue() != 0 || !result.containsKey("ratio")) {
			throw output.failure();
		}
		System.out.println("  " + layer + ": " + result);
		return result;
	}

}
