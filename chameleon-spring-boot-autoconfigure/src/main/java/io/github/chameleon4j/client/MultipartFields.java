package io.github.chameleon4j.client;

import java.util.Map;
import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.json.ChameleonJson;

/**
 * Writes JSON-style fields as form parts next to a file, in the bracket notation Rails-style
 * servers such as Chameleon's read: {@code a=1}, {@code ids[]=x}, {@code properties[][name]=Email}.
 * The reference shows no multipart example with structured fields; values nested deeper than one
 * level (e.g. filter groups) are sent as one JSON text part, an assumption documented in the README.
 */
final class MultipartFields {

	private static final JsonMapper MAPPER = ChameleonJson.newMapper();

	private MultipartFields() {
	}

	static void addTo(Map<String, Object> fields, BiConsumer<String, Object> parts) {
		fields.forEach((name, value) -> add(parts, name, MAPPER.valueToTree(value)));
	}

	private static void add(BiConsumer<String, Object> parts, String name, JsonNode value) {
		if (value == null || value.isNull()) {
			// An explicit null in a form is an empty value.
			parts.accept(name, "");
		}
		else if (value.isValueNode()) {
			parts.accept(name, value.asString());
		}
		else if (value.isArray() && allFlat(value)) {
			for (JsonNode item : value) {
				if (item.isValueNode()) {
					parts.accept(name + "[]", item.asString());
				}
				else {
					for (Map.Entry<String, JsonNode> entry : item.properties()) {
						parts.accept(name + "[][" + entry.getKey() + "]", entry.getValue().asString());
					}
				}
			}
		}
		else {
			parts.accept(name, value.toString());
		}
	}

	private static boolean allFlat(JsonNode array) {
		for (JsonNode item : array) {
			if (item.isObject()) {
				for (Map.Entry<String, JsonNode> entry : item.properties()) {
					if (!entry.getValue().isValueNode()) {
						return false;
					}
				}
			}
			else if (!item.isValueNode()) {
				return false;
			}
		}
		return true;
	}

}
