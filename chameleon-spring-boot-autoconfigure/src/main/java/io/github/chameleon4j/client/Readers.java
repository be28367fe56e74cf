package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The response shapes Chameleon uses: one record under a singular key, a list (with an optional
 * cursor) under a plural key. Several keys may be given where the reference is unsure which one
 * the server uses; the first present wins.
 */
final class Readers {

	private Readers() {
	}

	static <T> ResponseReader<T> single(Class<T> type, String... keys) {
		return (status, body, mapper) -> mapper.treeToValue(member(body, keys), type);
	}

	static <T> ResponseReader<Page<T>> page(Class<T> type, String... keys) {
		return new PageReader<>(type, keys);
	}

	static <T> Page<T> readPage(JsonNode body, JsonMapper mapper, Class<T> type, String... keys) {
		JsonNode array = member(body, keys);
		if (!array.isArray()) {
			throw new IllegalStateException("'" + keys[0] + "' is not an array");
		}
		List<T> items = new ArrayList<>(array.size());
		for (JsonNode item : array) {
			T value = mapper.treeToValue(item, type);
			if (value != null) {
				items.add(value);
			}
		}
		return new Page<>(items, cursor(body.get("cursor")));
	}

	static ResponseReader<JsonNode> tree() {
		return (status, body, mapper) -> body;
	}

	static ResponseReader<Boolean> ignoreBody() {
		return (status, body, mapper) -> Boolean.TRUE;
	}

	static JsonNode member(JsonNode body, String... keys) {
		if (!body.isObject()) {
			throw new IllegalStateException("expected a JSON object with '" + keys[0] + "'");
		}
		for (String key : keys) {
			JsonNode value = body.get(key);
			if (value != null && !value.isNull()) {
				return value;
			}
		}
		throw new IllegalStateException("expected the key '" + String.join("' or '", keys) + "'");
	}

	static Cursor cursor(JsonNode node) {
		if (node == null || !node.isObject()) {
			return null;
		}
		JsonNode limit = node.get("limit");
		JsonNode before = node.get("before");
		Integer size = (limit != null && limit.canConvertToInt()) ? limit.asInt()
				: (limit != null && limit.isString() && limit.asString().matches("\\d{1,4}"))
						? Integer.valueOf(limit.asString()) : null;
		String next = (before != null && !before.isNull() && !before.asString().isBlank()) ? before.asString() : null;
		return new Cursor(size, next);
	}

	/**
	 * A complete, un-paginated list under one of the keys.
	 */
	static <T> ResponseReader<List<T>> list(Class<T> type, String... keys) {
		PageReader<T> page = new PageReader<>(type, keys);
		return new ResponseReader<>() {

			@Override
			public List<T> read(int status, JsonNode body, JsonMapper mapper) {
				return page.read(status, body, mapper).items();
			}

			@Override
			public List<T> read(int status, byte[] bytes, JsonMapper mapper) {
				return page.read(status, bytes, mapper).items();
			}

		};
	}

	/**
	 * For responses the reference does not document: the record under one of the keys, else the
	 * body itself when it looks like the record (an object with an {@code id}), else nothing.
	 */
	static <T> ResponseReader<Optional<T>> optional(Class<T> type, String... keys) {
		return (status, body, mapper) -> {
			if (!body.isObject()) {
				return Optional.empty();
			}
			for (String key : keys) {
				JsonNode value = body.get(key);
				if (value != null && value.isObject()) {
					return Optional.of(mapper.treeToValue(value, type));
				}
			}
			return body.has("id") ? Optional.of(mapper.treeToValue(body, type)) : Optional.empty();
		};
	}

}
