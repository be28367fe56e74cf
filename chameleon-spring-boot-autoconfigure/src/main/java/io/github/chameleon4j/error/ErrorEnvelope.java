package io.github.chameleon4j.error;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Chameleon's documented error body: {@code {"code": N, "messages": [...]}}, with {@code wait}
 * on some 429s and {@code limit} on concurrency 429s. Parsed leniently: numbers may arrive as
 * strings, a lone {@code message} string is accepted, and anything unusable becomes {@code null}.
 *
 * @param code the {@code code} field (repeats the HTTP status), or {@code null}
 * @param messages the human-readable messages, never {@code null}
 * @param waitSeconds the body {@code wait} in seconds, or {@code null} when absent or unusable
 * @param limit the body {@code limit} (concurrency pool size), or {@code null}
 */
public record ErrorEnvelope(@Nullable Integer code, List<String> messages, @Nullable Double waitSeconds,
		@Nullable Double limit) {

	public ErrorEnvelope {
		messages = List.copyOf(messages);
	}

	/**
	 * Reads an envelope from a parsed JSON body.
	 * @param body the parsed body
	 * @return the envelope, or {@code null} when the body is not an object with {@code code} or
	 * {@code messages}
	 */
	@Nullable
	public static ErrorEnvelope from(@Nullable JsonNode body) {
		if (body == null || !body.isObject() || !(body.has("code") || body.has("messages") || body.has("message"))) {
			return null;
		}
		Double code = number(body.get("code"));
		List<String> messages = new ArrayList<>();
		JsonNode list = body.get("messages");
		if (list != null && list.isArray()) {
			list.forEach((item) -> messages.add(item.isString() ? item.asString() : item.toString()));
		}
		else if (list != null && list.isString()) {
			messages.add(list.asString());
		}
		JsonNode single = body.get("message");
		if (messages.isEmpty() && single != null && single.isString()) {
			messages.add(single.asString());
		}
		return new ErrorEnvelope((code != null) ? code.intValue() : null, messages, number(body.get("wait")),
				number(body.get("limit")));
	}

	@Nullable
	static Double number(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			double value = node.asDouble();
			return Double.isFinite(value) ? value : null;
		}
		if (node.isString()) {
			return WaitHint.parseNumber(node.asString());
		}
		return null;
	}

}
