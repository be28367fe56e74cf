package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.model.AccountIdentity;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.CompanyDeletion;
import io.github.chameleon4j.model.ProfileDeletion;
import io.github.chameleon4j.model.Segment;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.SegmentExperiences;

/**
 * The 2xx bodies that are not one record or one list under a key: several top-level keys, or
 * responses the reference does not document. Each reads the parsed body ({@code MissingNode} when
 * empty) into the declared result; any exception marks the body undecodable.
 */
enum Shape {

	/** One record or one list under the keys, as the declared type says (see {@link Envelope}). */
	DECLARED,

	/** {@code {"account": {"id"}, "user": {"id"}}}: the credential check. */
	ACCOUNT {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			JsonNode user = body.get("user");
			return new AccountIdentity(id(member(body, "account")), (user != null && user.hasNonNull("id")) ? id(user) : null);
		}
	},

	/** {@code {"profile": {"id"}, "deletion": {"id"}}}. */
	PROFILE_DELETION {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			return new ProfileDeletion(id(member(body, "profile")), id(member(body, "deletion")));
		}
	},

	/** {@code {"deletion": {"id"}, "deletions": [{"id"}, ...]}}: the company's and its profiles' receipts. */
	COMPANY_DELETION {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			List<String> profiles = new ArrayList<>();
			body.path("deletions").forEach((item) -> profiles.add(id(item)));
			return new CompanyDeletion(id(member(body, "deletion")), profiles);
		}
	},

	/** {@code {"batch": {"id"}, "errors": [...]}}, either part possibly missing. */
	BATCH_RECEIPT {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			if (!body.isObject()) {
				throw new IllegalStateException("expected a JSON object with 'batch'");
			}
			List<BatchReceipt.BatchItemError> errors = new ArrayList<>();
			body.path("errors").forEach((item) -> errors.add(mapper.treeToValue(item, BatchReceipt.BatchItemError.class)));
			return new BatchReceipt(body.path("batch").hasNonNull("id") ? id(body.get("batch")) : null, errors);
		}
	},

	/** The record under the key if there is one, else the body itself (no wrapper key is documented). */
	RECORD_OR_BODY {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			if (!body.isObject()) {
				throw new IllegalStateException("expected a JSON object");
			}
			return mapper.treeToValue(body.path(keys[0]).isObject() ? body.get(keys[0]) : body, type);
		}
	},

	/**
	 * An undocumented response: the record under the key, else the body itself when it looks like the
	 * record (an object with an {@code id}), else nothing (the call completes empty: a 2xx is success).
	 */
	OPTIONAL_RECORD {
		@Override
		@Nullable
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			JsonNode record = body.path(keys[0]).isObject() ? body.get(keys[0]) : body.has("id") ? body : null;
			return (record != null) ? mapper.treeToValue(record, type) : null;
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

	/** The first record of the list under the key, or nothing (the HelpBar: at most one). */
	FIRST {
		@Override
		@Nullable
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			List<Object> records = records(member(body, keys), keys[0], type, mapper);
			return records.isEmpty() ? null : records.get(0);
		}
	},

	/** {@code {"segment": {...}, "tours": [...], "cursor": {...}}}: a Segment with a page of its Experiences. */
	SEGMENT_PAGE {
		@Override
		Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
			List<Object> page = records(member(body, keys), keys[0], type.containedType(0), mapper);
			return new SegmentExperiences<>(mapper.treeToValue(member(body, "segment"), Segment.class),
					new Page<>(page, EnvelopeReader.cursor(body.get("cursor"))));
		}
	};

	/** Reads the result; {@code null} for none. */
	@Nullable
	Object read(JsonNode body, String[] keys, JavaType type, JsonMapper mapper) {
		throw new UnsupportedOperationException(name() + " is read by the envelope reader");
	}

	/** The value under the first of the keys present, refusing a body that is not an object. */
	private static JsonNode member(JsonNode body, String... keys) {
		if (!body.isObject()) {
			throw new IllegalStateException("expected a JSON object with '" + keys[0] + "'");
		}
		for (String key : keys) {
			if (body.hasNonNull(key)) {
				return body.get(key);
			}
		}
		throw new IllegalStateException("expected the key '" + String.join("' or '", keys) + "'");
	}

	private static String id(JsonNode record) {
		return record.get("id").asString();
	}

	private static List<Object> records(JsonNode array, String key, JavaType type, JsonMapper mapper) {
		if (!array.isArray()) {
			throw new IllegalStateException("'" + key + "' is not an array");
		}
		List<Object> records = new ArrayList<>(array.size());
		array.forEach((item) -> {
			if (!item.isNull()) {
				records.add(mapper.treeToValue(item, type));
			}
		});
		return records;
	}

}
