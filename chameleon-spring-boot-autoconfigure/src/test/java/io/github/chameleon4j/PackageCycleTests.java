package io.github.chameleon4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import graph of the top-level packages ({@code client}, {@code resilience}, {@code error},
 * {@code model}, {@code metrics}, {@code webhook}, {@code autoconfigure}; a sub-package counts as its
 * top-level package) stays acyclic: each can be read knowing only the packages below it. Reads the
 * main sources' imports (and fully qualified references) of this module.
 */
class PackageCycleTests {

	private static final Pattern PACKAGE = Pattern.compile("^package (io\\.github\\.chameleon4j[\\w.]*);", Pattern.MULTILINE);

	private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.github\\.chameleon4j(?:\\.[a-z]\\w*)*)\\.[A-Z]");

	@Test
	void theImportGraphOfTheMainSourcesHasNoCycle() throws IOException {
		Map<String, Set<String>> graph = new TreeMap<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher pkg = PACKAGE.matcher(source);
				if (!pkg.find()) {
					continue;
				}
				String from = topLevel(pkg.group(1));
				Set<String> uses = graph.computeIfAbsent(from, (key) -> new TreeSet<>());
				Matcher reference = REFERENCE.matcher(source.replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", ""));
				while (reference.find()) {
					String to = topLevel(reference.group(1));
					if (!to.equals(from)) {
						uses.add(to);
					}
				}
			}
		}
		assertThat(graph).containsKeys("io.github.chameleon4j.client", "io.github.chameleon4j.resilience");
		List<String> cycles = new ArrayList<>();
		for (String start : graph.keySet()) {
			findCycle(graph, start, new ArrayList<>(List.of(start)), cycles);
		}
		assertThat(cycles).as("package cycles").isEmpty();
	}

	private static String topLevel(String pkg) {
		String[] parts = pkg.split("\\.");
		return (parts.length > 4) ? String.join(".", parts[0], parts[1], parts[2], parts[3]) : pkg;
	}

	private static void findCycle(Map<String, Set<String>> graph, String at, List<String> path, List<String> cycles) {
		for (String next : graph.getOrDefault(at, Set.of())) {
			if (next.equals(path.get(0))) {
				cycles.add(String.join(" -> ", path) + " -> " + next);
			}
			else if (!path.contains(next) && next.compareTo(path.get(0)) > 0) {
				path.add(next);
				findCycle(graph, next, path, cycles);
				path.remove(path.size() - 1);
			}
		}
	}

}
