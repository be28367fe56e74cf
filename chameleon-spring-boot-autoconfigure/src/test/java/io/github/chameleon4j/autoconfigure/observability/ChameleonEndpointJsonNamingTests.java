package io.github.chameleon4j.autoconfigure.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application whose own JSON is snake_case still gets {@code /actuator/chameleon} in the
 * endpoint's documented form ({@code baseUrl}, {@code pacePerMinute}): Actuator writes it with its
 * isolated mapper.
 */
@SpringBootTest(classes = ChameleonEndpointJsonNamingTests.SnakeCaseApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chameleon.account-secret=naming-s3cr3t",
				"chameleon.base-url=http://127.0.0.1:9", "spring.jackson.property-naming-strategy=SNAKE_CASE",
				"management.endpoints.web.exposure.include=chameleon" })
class ChameleonEndpointJsonNamingTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void theApplicationsOwnJsonIsSnakeCase() {
		assertThat(get("/own").has("base_url")).isTrue();
	}

	@Test
	void theEndpointKeepsItsOwnNamesInASnakeCaseApplication() {
		JsonNode client = get("/actuator/chameleon").path("clients").path("chameleon");
		assertThat(client.path("baseUrl").asString()).isEqualTo("http://127.0.0.1:9");
		assertThat(client.has("base_url")).isFalse();
		assertThat(client.path("resilience").has("pacePerMinute")).isTrue();
		assertThat(client.path("resilience").has("pace_per_minute")).isFalse();
		assertThat(client.toString()).doesNotContain("naming-s3cr3t");
	}

	private JsonNode get(String path) {
		String body = WebClient.create("http://127.0.0.1:" + this.port).get().uri(path).retrieve()
			.bodyToMono(String.class).block();
		return json.readTree(body);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@RestController
	static class SnakeCaseApplication {

		@GetMapping("/own")
		OwnBody own() {
			return new OwnBody("http://example.org");
		}

		record OwnBody(String baseUrl) {
		}

	}

}
