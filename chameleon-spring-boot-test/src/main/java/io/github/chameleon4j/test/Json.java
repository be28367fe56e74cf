package io.github.chameleon4j.test;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The emulator's single JSON mapper: plain maps and lists in, bytes out. */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	/** Parses a request body that must be a JSON object; anything else is a 422 like the real API. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> readObject(String body) {
		try {
			Object value = MAPPER.readValue(body, Object.class);
			if (value instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
		}
		catch (JacksonException ex) {
			// fall through to 422
		}
		throw ApiError.unprocessable("the request body is not a JSON object");
	}

}
