package io.github.chameleon4j.client.json;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON settings the client uses for Chameleon's wire format. The client keeps its own mapper
 * and never touches the application's {@code JsonMapper}.
 * <ul>
 * <li>snake_case property names;</li>
 * <li>unknown fields are ignored by typed fields and kept by models that capture them;</li>
 * <li>unknown enum values decode to the enum's {@code UNKNOWN} constant;</li>
 * <li>a single value is accepted where a list is expected ({@code segment_id} vs {@code segment_ids});</li>
 * <li>timestamps decode leniently (see {@link LenientInstantDeserializer}) and are written as ISO-8601;</li>
 * <li>{@code null} fields of request records are not sent.</li>
 * </ul>
 */
public final class ChameleonJson {

	private ChameleonJson() {
	}

	/**
	 * Creates a new mapper with Chameleon's wire settings.
	 * @return a new mapper
	 */
	public static JsonMapper newMapper() {
		return JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.addModule(new SimpleModule("chameleon").addDeserializer(Instant.class, new LenientInstantDeserializer()))
			.build();
	}

}
