package io.github.chameleon4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A measurement in a fresh JVM of its own ({@code -Xms2g -Xmx2g}, G1, this JVM's class path): scenario 1's forks and
 * scenario 9's layers. The child prints its results as {@code RESULT key=value ...} lines; everything it prints is kept.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	/**
	 * Runs a main class in a child JVM and waits for it.
	 * @param name names the thread that reads the child's output
	 * @param timeoutMinutes how long the child may run before it is killed (and this throws)
	 * @param main the main class
	 * @param args its arguments
	 * @return what the child printed, and how it exited
	 * @throws IOException if the child could not be started
	 * @throws InterruptedException if interrupted while waiting
	 */
	static Output run(String name, long timeoutMinutes, Class<?> main, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xms2g", "-Xmx2g", "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> lines = new ArrayList<>();
		Thread reader = new Thread(() -> ReplicasScenario.drain(process, lines, Integer.MAX_VALUE), name);
		reader.setDaemon(true);
		reader.start();
		if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("still running after " + timeoutMinutes + " min");
		}
		reader.join();
		synchronized (lines) {
			return new Output(process.exitValue(), List.copyOf(lines));
		}
	}

	/**
	 * What a child printed.
	 * @param exitValue its exit value
	 * @param lines every line it printed
	 */
	record Output(int exitValue, List<String> lines) {

		/** @return each {@code RESULT} line's {@code key=value} pairs, in order */
		List<Map<String, String>> results() {
			List<Map<String, String>> results = new ArrayList<>();
			for (String line : this.lines) {
				if (line.startsWith("RESULT ")) {
					Map<String, String> result = new HashMap<>();
					for (String pair : line.substring("RESULT ".length()).split(" ")) {
						int equals = pair.indexOf('=');
						result.put(pair.substring(0, equals), pair.substring(equals + 1));
					}
					results.add(result);
				}
			}
			return results;
		}

		/** @return a failure naming the exit value and the last lines printed */
		IllegalStateException failure() {
			return new IllegalStateException("exited with " + this.exitValue + ": "
					+ String.join(" / ", this.lines.subList(Math.max(0, this.lines.size() - 3), this.lines.size())));
		}

	}

}
