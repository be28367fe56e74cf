package io.github.chameleon4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nullness is declared with JSpecify, so Kotlin callers and null checkers see it: every package of the
 * main sources is {@code @NullMarked} (unannotated types are non-null) and no file uses Spring's
 * deprecated {@code org.springframework.lang.Nullable}.
 */
class NullnessTests {

	@Test
	void everyPackageIsNullMarkedAndUsesJSpecify() throws IOException {
		List<Path> sources;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			sources = files.filter((path) -> path.toString().endsWith(".java")).toList();
		}
		List<Path> packages = sources.stream().map(Path::getParent).distinct().toList();
		assertThat(packages).hasSizeGreaterThan(5).allSatisfy((dir) -> assertThat(dir.resolve("package-info.java"))
			.as("package-info of %s", dir).exists().content().contains("@NullMarked"));
		assertThat(sources).allSatisfy((file) -> assertThat(Files.readString(file)).as(file.toString())
			.doesNotContain("import org.springframework.lang.Nullable;"));
	}

}
