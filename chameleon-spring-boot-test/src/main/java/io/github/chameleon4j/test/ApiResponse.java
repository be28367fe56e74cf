package io.github.chameleon4j.test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One emulated HTTP answer: status, extra headers, content type and body bytes, or a dropped connection.
 */
record ApiResponse(int status, Map<String, String> headers, String contentType, byte[] body, boolean dropConnection) {

	static final String FORBIDDEN = "Unauthorized: Please check your Chameleon Account Secret";

	static final String NOT_FOUND = "Endpoint not found: Please recheck with the API docs https://developers.chameleon.io";

	static final String CONFLICT = "Conflict: Please check the preconditions in the API docs https://developers.chameleon.io";

	static final String UNPROCESSABLE = "Unprocessable: Please check the request parameters with the API docs https://developers.chameleon.io";

	static final String RATE_LIMITED = "Rate Limited: Please refer to the API docs https://developers.chameleon.io/concepts/rate-limiting for more information";

	static final String INTERNAL = "Internal server error: Please retry later";

	static final String TIMEOUT = "Internal timeout: An internal operation took too long.";

	static final String TOO_LARGE = "Each batch must be less than 16mb, try splitting the batch in half";

	static final String JSON = "application/json; charset=utf-8";

	static ApiResponse json(int status, Object body) {
		return new ApiResponse(status, Map.of(), JSON, Json.write(body), false);
	}

	static ApiResponse error(int status, String message) {
		return error(status, message == null ? List.of() : List.of(message), Map.of(), null);
	}

	/** The envelope for a handler error: the documented text for its status, then its detail if any. */
	static ApiResponse of(ApiError error) {
		String standard = standardMessage(error.status());
		List<String> messages = (error.detail() == null) ? List.of(standard) : List.of(standard, error.detail());
		return error(error.status(), messages, Map.of(), null);
	}

	static String standardMessage(int status) {
		return switch (status) {
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 409 -> CONFLICT;
			case 413 -> TOO_LARGE;
			case 429 -> RATE_LIMITED;
			case 500 -> INTERNAL;
			case 504 -> TIMEOUT;
			default -> UNPROCESSABLE;
		};
	}

	/** The documented envelope {@code {"code":N,"messages":[...]}} plus an optional extra field (wait/limit). */
	static ApiResponse error(int status, List<String> messages, Map<String, String> headers, Map<String, Object> extra) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", status);
		body.put("messages", messages);
		if (extra != null) {
			body.putAll(extra);
		}
		return new ApiResponse(status, headers, JSON, Json.write(body), false);
	}

	static ApiResponse text(int status, String contentType, String text) {
		return new ApiResponse(status, Map.of(), contentType, text.getBytes(StandardCharsets.UTF_8), false);
	}

	static ApiResponse dropped() {
		return new ApiResponse(0, Map.of(), null, new byte[0], true);
	}

	ApiResponse withBody(byte[] newBody) {
		return new ApiResponse(this.status, this.headers, this.contentType, newBody, this.dropConnection);
	}

}
