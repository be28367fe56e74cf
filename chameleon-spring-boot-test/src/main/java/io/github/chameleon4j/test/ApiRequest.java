package io.github.chameleon4j.test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.netty.handler.codec.http.HttpHeaders;

/**
 * One received request: method, decoded path split into segments, query parameters, headers and body text.
 * Parameters are looked up in the query string first, then in the JSON body (API §1.4 allows both).
 */
final class ApiRequest {

	private final String method;

	private final String path;

	private final List<String> segments;

	private final Map<String, List<String>> query;

	private final HttpHeaders headers;

	private final String body;

	private Map<String, Object> json;

	ApiRequest(String method, String path, Map<String, List<String>> query, HttpHeaders headers, String body) {
		this.method = method;
		this.path = path;
		this.segments = split(path);
		this.query = query;
		this.headers = headers;
		this.body = body;
	}

	private static List<String> split(String path) {
		String trimmed = path;
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/"));
	}

	String method() {
		return this.method;
	}

	String path() {
		return this.path;
	}

	List<String> segments() {
		return this.segments;
	}

	String segment(int index) {
		return (index < this.segments.size()) ? this.segments.get(index) : null;
	}

	Map<String, List<String>> query() {
		return this.query;
	}

	HttpHeaders headers() {
		return this.headers;
	}

	String body() {
		return this.body;
	}

	/** The JSON body as a map (empty for an empty body); 422 when the body is not a JSON object. */
	Map<String, Object> json() {
		if (this.json == null) {
			this.json = (this.body == null || this.body.isBlank()) ? Collections.emptyMap() : Json.readObject(this.body);
		}
		return this.json;
	}

	/** The JSON body if it parses, otherwise empty: used where a broken body must not change the outcome. */
	Map<String, Object> jsonOrEmpty() {
		try {
			return json();
		}
		catch (ApiError ex) {
			return Collections.emptyMap();
		}
	}

	Object param(String name) {
		List<String> values = this.query.get(name);
		if (values != null && !values.isEmpty()) {
			return values.get(0);
		}
		return json().get(name);
	}

	String text(String name) {
		Object value = param(name);
		return (value != null) ? value.toString() : null;
	}

	/** {@code expand[relation]} from the query string or {@code expand.relation} from the body. */
	String expand(String relation, String defaultValue) {
		List<String> values = this.query.get("expand[" + relation + "]");
		if (values != null && !values.isEmpty()) {
			return values.get(0);
		}
		if (json().get("expand") instanceof Map<?, ?> expand && expand.get(relation) != null) {
			return expand.get(relation).toString();
		}
		return defaultValue;
	}

}
