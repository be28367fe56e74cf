package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.List;

import org.springframework.lang.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a list response ({@code {"profiles": [...], "cursor": {...}}}) by binding each item
 * straight from the bytes as the parser reaches it, with no intermediate tree: a page of 500
 * profiles with dozens of custom properties is held as bytes and records only. Several keys may
 * be given where the reference is unsure which one the server uses; the first of them present wins.
 *
 * @param <T> the item type
 */
final class PageReader<T> implements ResponseReader<Page<T>> {

	private final Class<T> type;

	private final String[] keys;

	PageReader(Class<T> type, String... keys) {
		this.type = type;
		this.keys = keys;
	}

	@Override
	public Page<T> read(int status, JsonNode body, JsonMapper mapper) {
		return Readers.readPage(body, mapper, this.type, this.keys);
	}

	@Override
	public Page<T> read(int status, byte[] bytes, JsonMapper mapper) {
		if (bytes.length == 0) {
			throw new IllegalStateException("expected a JSON object with '" + this.keys[0] + "'");
		}
		try (JsonParser parser = mapper.createParser(bytes)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalStateException("expected a JSON object with '" + this.keys[0] + "'");
			}
			List<T> items = null;
			// rank of the most preferred key present so far (keys.length: none yet)
			int best = this.keys.length;
			Cursor cursor = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				int rank = rank(name);
				if (rank < best && value != JsonToken.VALUE_NULL) {
					best = rank;
					items = (value == JsonToken.START_ARRAY) ? readItems(parser, items(mapper, this.type)) : null;
				}
				else if ("cursor".equals(name)) {
					cursor = Readers.cursor(items(mapper, JsonNode.class).readValue(parser));
					continue;
				}
				parser.skipChildren();
			}
			// a truncated body fails in the parser before this point; trailing text after the object is refused too
			if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
				throw new IllegalStateException("unexpected content after the JSON object");
			}
			if (best == this.keys.length) {
				throw new IllegalStateException("expected the key '" + String.join("' or '", this.keys) + "'");
			}
			if (items == null) {
				throw new IllegalStateException("'" + this.keys[best] + "' is not an array");
			}
			return new Page<>(items, cursor);
		}
	}

	/** A reader of one value in the middle of the stream (the mapper refuses trailing tokens otherwise). */
	private static ObjectReader items(JsonMapper mapper, Class<?> type) {
		return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	private List<T> readItems(JsonParser parser, ObjectReader reader) {
		List<T> items = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			T item = reader.readValue(parser);
			if (item != null) {
				items.add(item);
			}
		}
		return items;
	}

	private int rank(@Nullable String name) {
		for (int i = 0; i < this.keys.length; i++) {
			if (this.keys[i].equals(name)) {
				return i;
			}
		}
		return this.keys.length;
	}

}
