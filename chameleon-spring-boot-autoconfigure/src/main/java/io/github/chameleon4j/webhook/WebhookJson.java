package io.github.chameleon4j.webhook;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook package's own lenient mapper: payloads gain fields over time and must never be
 * refused for that, and the application's mapper settings must not change how they are read.
 */
public final class WebhookJson {

	/** Snake-case, ignores unknown properties. */
	public static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private WebhookJson() {
	}

}
