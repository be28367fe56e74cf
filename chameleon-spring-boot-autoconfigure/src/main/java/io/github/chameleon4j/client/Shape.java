package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.List;

import org.springframework.lang.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.model.AccountIdentity;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.CompanyDeletion;
import io.github.chameleon4j.model.ProfileDeletion;
import io.github.chameleon4j.model.Segment;

/**
 * The shapes of 2xx bodies that are not one record or one list under a key: several top-level keys,
 * no wrapper, or responses the reference does not document. Each reads the parsed body into the
 * declared result; any exception it throws marks the body as undecodable.
 */
enum Shape {

	/** One record or one list under the keys, as the declared result type says (see {@link Envelope}). */
	DECLARED,

	/** {@code {"account": {"id"}, "user": {"id"}}}: the credential check. */
	ACCOUNT {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			JsonNode user = body.get("user");
			return new AccountIdentity(member(body, "account").get("id").asString(),
					(user != null && user.hasNonNull("id")) ? user.get("id").asString() : null);
		}
	},

	/** A number under the key. */
	COUNT {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			JsonNode count = member(body, keys);
			if (!count.canConvertToLong()) {
				throw new IllegalStateException("'" + keys[0] + "' is not a number");
			}
			return count.asLong();
		}
	},

	/** {@code {"profile": {"id"}, "deletion": {"id"}}}. */
	PROFILE_DELETION {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			return new ProfileDeletion(member(body, "profile").get("id").asString(),
					member(body, "deletion").get("id").asString());
		}
	},

	/** {@code {"deletion": {"id"}, "deletions": [{"id"}, ...]}}: the company's and its profiles' deletions. */
	COMPANY_DELETION {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			List<String> profiles = new ArrayList<>();
			JsonNode deletions = body.get("deletions");
			if (deletions != null && deletions.isArray()) {
				deletions.forEach((item) -> profiles.add(item.get("id").asString()));
			}
			return new CompanyDeletion(member(body, "deletion").get("id").asString(), profiles);
		}
	},

	/** {@code {"batch": {"id"}, "errors": [...]}}, either part possibly missing. */
	BATCH_RECEIPT {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			JsonNode batch = body.get("batch");
			String id = (batch != null && batch.hasNonNull("id")) ? batch.get("id").asString() : null;
			List<BatchReceipt.BatchItemError> errors = new ArrayList<>();
			JsonNode list = body.get("errors");
			if (list != null && list.isArray()) {
				list.forEach((item) -> errors.add(mapper.treeToValue(item, BatchReceipt.BatchItemError.class)));
			}
			if (id == null && errors.isEmpty() && !body.isObject()) {
				throw new IllegalStateException("expected a JSON object with 'batch'");
			}
			return new BatchReceipt(id, errors);
		}
	},

	/** The record under the key if there is one, else the body itself (no wrapper key is documented). */
	RECORD_OR_BODY {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			if (!body.isObject()) {
				throw new IllegalStateException("expected a JSON object");
			}
			JsonNode record = body.get(keys[0]);
			return mapper.treeToValue((record != null && record.isObject()) ? record : body, type);
		}
	},

	/**
	 * An undocumented response: the record under the key, else the body itself when it looks like the
	 * record (an object with an {@code id}), else nothing (the call completes empty; a 2xx is success).
	 */
	OPTIONAL_RECORD {
		@Override
		@Nullable
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			if (!body.isObject()) {
				return null;
			}
			JsonNode record = body.get(keys[0]);
			if (record != null && record.isObject()) {
				return mapper.treeToValue(record, type);
			}
			return body.has("id") ? mapper.treeToValue(body, type) : null;
		}
	},

	/** As {@link #OPTIONAL_RECORD}, but a body with neither is undecodable. */
	RECORD_OR_IDENTIFIED_BODY {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			Object record = OPTIONAL_RECORD.read(body, keys, type, mapper);
			if (record == null) {
				throw new IllegalStateException("expected the key '" + keys[0] + "'");
			}
			return record;
		}
	},

	/** The whole body, once the key shows it is the expected one (a group with its Experiences). */
	WHOLE_BODY {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			member(body, keys);
			return mapper.treeToValue(body, type);
		}
	},

	/** {@code {"segment": {...}, "tours": [...], "cursor": {...}}}: a Segment with a page of its Experiences. */
	SEGMENT_PAGE {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			JsonNode array = member(body, keys);
			if (!array.isArray()) {
				throw new IllegalStateException("'" + keys[0] + "' is not an array");
			}
			List<Object> items = new ArrayList<>(array.size());
			for (JsonNode item : array) {
				if (!item.isNull()) {
					items.add(mapper.treeToValue(item, type.containedType(0)));
				}
			}
			return new SegmentExperiences<>(mapper.treeToValue(member(body, "segment"), Segment.class),
					new Page<>(items, EnvelopeReader.cursor(body.get("cursor"))));
		}
	};

	/**
	 * Reads the result from the parsed body.
	 * @param body the body ({@code MissingNode} when empty)
	 * @param keys the keys of the method's {@link Envelope}
	 * @param type the declared result type
	 * @param mapper the client's mapper
	 * @return the result, or {@code null} for none
	 */
	@Nullable
	Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
		throw new UnsupportedOperationException(name() + " is read by the envelope reader");
	}

	/** The value under the first of the keys present, refusing a body that is not an object. */
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

}
