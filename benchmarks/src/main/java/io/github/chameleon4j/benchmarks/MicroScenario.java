package io.github.chameleon4j.benchmarks;

import java.util.Collection;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Scenario 5: the JMH micro-benchmarks of {@link HotPathBenchmarks}, in a forked JVM with the GC
 * profiler, reported as time and bytes allocated per operation.
 */
final class MicroScenario {

	void run(Report report) {
		Report.Section section = report.section("5. Hot path micro-benchmarks (JMH, GC profiler)",
				"JMH 1.37, 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, average time. `baselineExchangeOnly` is the harness "
						+ "itself (a completed `Mono` subscribed and awaited); subtract it from the two filter rows. `successfulCall` is "
						+ "one logical call through the resilience policy around an attempt that answers at once (no I/O), "
						+ "for `CallPolicy.direct()`, the policy with every part off, one part on, and all on.",
				"benchmark", "ns/op", "± ns/op", "allocated B/op");
		Options options = new OptionsBuilder().include(HotPathBenchmarks.class.getName())
			.include(PolicyBenchmarks.class.getName())
			.addProfiler(GCProfiler.class)
			.forks(1)
			.warmupIterations(3)
			.measurementIterations(5)
			.shouldFailOnError(true)
			.build();
		Collection<RunResult> results;
		try {
			results = new Runner(options).run();
		}
		catch (RunnerException ex) {
			throw new IllegalStateException("JMH failed", ex);
		}
		for (RunResult result : results) {
			Result<?> primary = result.getPrimaryResult();
			Result<?> allocated = result.getSecondaryResults().get("gc.alloc.rate.norm");
			String name = result.getParams().getBenchmark();
			String policy = result.getParams().getParam("policy");
			section.row(name.substring(name.lastIndexOf('.') + 1) + ((policy != null) ? " (" + policy + ")" : ""), Report.fixed(primary.getScore(), 1),
					Report.fixed(primary.getScoreError(), 1),
					(allocated != null) ? Report.fixed(allocated.getScore(), 0) : "n/a");
		}
	}

}
