package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.Cursor;

/**
 * Unwraps the 2xx bodies of one endpoint: the one place where envelopes are read. A record, page or
 * list under a key is bound straight from the bytes as the parser reaches it, with no intermediate
 * tree (a page of 500 profiles with dozens of custom properties is held as bytes and records only);
 * of several keys, the first listed wins wherever it appears. Without keys the body itself is the
 * record; the other {@link Shape shapes} read the parsed tree. Any exception marks the body undecodable.
 */
final class EnvelopeReader {

	private enum Kind {

		RECORD, PAGE, LIST, TREE

	}

	private final String[] keys;

	private final Shape shape;

	private final JavaType type;

	private final Kind kind;

	private final JsonMapper mapper;

	/** Reads one value in the middle of the stream (the mapper refuses trailing tokens otherwise). */
	private final ObjectReader values;

	private final ObjectReader cursors;

	private EnvelopeReader(String[] keys, Shape shape, JavaType type, Kind kind, JsonMapper mapper) {
		this.keys = keys;
		this.shape = shape;
		this.type = type;
		this.kind = kind;
		this.mapper = mapper;
		JavaType value = (kind == Kind.PAGE || kind == Kind.LIST) ? type.containedType(0) : type;
		this.values = mapper.readerFor(value).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.cursors = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/** A reader of {@code declared} ({@code T} of {@code Mono<T>}, or of {@code Flux<T>}: a list, when {@code many}). */
	static EnvelopeReader of(String[] keys, Shape shape, JavaType declared, boolean many, JsonMapper mapper) {
		if (many) {
			JavaType list = mapper.getTypeFactory().constructCollectionType(List.class, declared);
			return new EnvelopeReader(keys, shape, list, Kind.LIST, mapper);
		}
		Kind kind = declared.hasRawClass(Page.class) ? Kind.PAGE : declared.isTypeOrSubTypeOf(List.class) ? Kind.LIST
				: declared.isTypeOrSubTypeOf(JsonNode.class) ? Kind.TREE : Kind.RECORD;
		return new EnvelopeReader(keys, shape, declared, kind, mapper);
	}

	/** Reads a body (empty when there was none); {@code null} when the shape allows no result. */
	@Nullable
	Object read(byte[] bytes) {
		if (this.kind == Kind.TREE || this.shape != Shape.DECLARED) {
			JsonNode body = (bytes.length == 0) ? MissingNode.getInstance() : this.mapper.readTree(bytes);
			return (this.kind == Kind.TREE) ? body : this.shape.read(body, this.keys, this.type, this.mapper);
		}
		if (this.keys.length == 0) {
			return this.mapper.readValue(bytes, this.type);
		}
		try (JsonParser parser = this.mapper.createParser(bytes)) {
			if (bytes.length == 0 || parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalStateException("expected a JSON object with '" + this.keys[0] + "'");
			}
			Object value = null;
			int best = this.keys.length; // rank of the most preferred key present so far (keys.length: none yet)
			Cursor cursor = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken token = parser.nextToken();
				int rank = rank(name);
				if (rank < best && token != JsonToken.VALUE_NULL) {
					best = rank;
					value = (this.kind == Kind.RECORD) ? this.values.readValue(parser)
							: (token == JsonToken.START_ARRAY) ? readItems(parser) : null;
				}
				else if (this.kind == Kind.PAGE && "cursor".equals(name)) {
					cursor = cursor(this.cursors.readValue(parser));
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
			if (value == null) {
				throw new IllegalStateException("'" + this.keys[best] + "' is not an array");
			}
			return (this.kind == Kind.PAGE) ? new Page<>((List<?>) value, cursor) : value;
		}
	}

	private List<Object> readItems(JsonParser parser) {
		List<Object> items = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			Object item = this.values.readValue(parser);
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

	/** The {@code cursor} object of a list response; {@code null} when absent or not an object. */
	@Nullable
	static Cursor cursor(@Nullable JsonNode node) {
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

}
