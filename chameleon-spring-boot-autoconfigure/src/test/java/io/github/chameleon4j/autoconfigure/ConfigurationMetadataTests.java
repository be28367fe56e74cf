package io.github.chameleon4j.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE metadata the build publishes ({@code META-INF/spring-configuration-metadata.json}, the
 * annotation processor's output merged with the additional metadata) describes the management
 * properties the starter reads, with their defaults.
 */
class ConfigurationMetadataTests {

	@Test
	void theHealthIndicatorsPropertiesAreDescribedWithTheirDefaults() throws IOException {
		JsonNode enabled = property("management.health.chameleon.enabled");
		assertThat(enabled.path("type").asString()).isEqualTo("java.lang.Boolean");
		assertThat(enabled.path("defaultValue").asBoolean()).isTrue();
		assertThat(enabled.path("description").asString()).startsWith("Whether");
		JsonNode downOnFailure = property("management.health.chameleon.down-on-failure");
		assertThat(downOnFailure.path("type").asString()).isEqualTo("java.lang.Boolean");
		assertThat(downOnFailure.path("defaultValue").asBoolean(true)).isFalse();
		assertThat(downOnFailure.path("description").asString()).startsWith("Whether");
	}

	@Test
	void everyChameleonPropertyHasADescription() throws IOException {
		List<String> undescribed = new ArrayList<>();
		for (JsonNode property : metadata().path("properties")) {
			if (property.path("description").asString("").isBlank()) {
				undescribed.add(property.path("name").asString());
			}
		}
		assertThat(undescribed).isEmpty();
	}

	private static JsonNode property(String name) throws IOException {
		for (JsonNode property : metadata().path("properties")) {
			if (name.equals(property.path("name").asString())) {
				return property;
			}
		}
		throw new AssertionError(name + " is not in the configuration metadata");
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json",
				ChameleonProperties.class.getClassLoader()).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
