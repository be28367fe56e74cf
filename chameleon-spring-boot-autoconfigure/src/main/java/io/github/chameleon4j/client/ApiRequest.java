package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.lang.Nullable;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.Lane;

/**
 * One request as the resource operations describe it: method, path template with its variables,
 * query parameters, JSON body, and the traits the resilience layer needs. Mutable while built
 * by one operation, then handed to the transport.
 */
final class ApiRequest {

	final HttpMethod method;

	final String uriTemplate;

	final Object[] uriVariables;

	final List<Map.Entry<String, String>> query = new ArrayList<>();

	@Nullable
	Object body;

	boolean idempotent;

	@Nullable
	Lane lane;

	private ApiRequest(HttpMethod method, String uriTemplate, Object... uriVariables) {
		this.method = method;
		this.uriTemplate = uriTemplate;
		this.uriVariables = uriVariables;
		checkPathVariables(uriTemplate, uriVariables);
		this.idempotent = CallDescriptor.isIdempotentMethod(method);
	}

	/** Every path variable must stay in its segment; the message names the template variable. */
	private static void checkPathVariables(String uriTemplate, Object[] uriVariables) {
		int from = 0;
		for (Object variable : uriVariables) {
			int open = uriTemplate.indexOf('{', from);
			int close = uriTemplate.indexOf('}', open);
			Arguments.requirePathSegment((variable != null) ? variable.toString() : null,
					uriTemplate.substring(open + 1, close));
			from = close + 1;
		}
	}

	static ApiRequest get(String uriTemplate, Object... uriVariables) {
		return new ApiRequest(HttpMethod.GET, uriTemplate, uriVariables);
	}

	static ApiRequest post(String uriTemplate, Object... uriVariables) {
		return new ApiRequest(HttpMethod.POST, uriTemplate, uriVariables);
	}

	static ApiRequest patch(String uriTemplate, Object... uriVariables) {
		return new ApiRequest(HttpMethod.PATCH, uriTemplate, uriVariables);
	}

	static ApiRequest put(String uriTemplate, Object... uriVariables) {
		return new ApiRequest(HttpMethod.PUT, uriTemplate, uriVariables);
	}

	static ApiRequest delete(String uriTemplate, Object... uriVariables) {
		return new ApiRequest(HttpMethod.DELETE, uriTemplate, uriVariables);
	}

	/** Adds a query parameter; {@code null} values are skipped. */
	ApiRequest query(String name, @Nullable Object value) {
		if (value != null) {
			this.query.add(Map.entry(name, String.valueOf(value)));
		}
		return this;
	}

	/** Adds the pagination parameters. */
	ApiRequest page(@Nullable PageRequest page) {
		if (page != null) {
			query("limit", page.limit());
			query("before", page.before());
			query("after", page.after());
		}
		return this;
	}

	/** Adds the pagination parameters to a JSON body (for reads sent as POST); unset ones are left out. */
	static void putPage(Map<String, Object> body, @Nullable PageRequest page) {
		if (page != null) {
			if (page.limit() != null) {
				body.put("limit", page.limit());
			}
			if (page.before() != null) {
				body.put("before", page.before());
			}
			if (page.after() != null) {
				body.put("after", page.after());
			}
		}
	}

	ApiRequest body(@Nullable Object body) {
		this.body = body;
		return this;
	}

	/** Marks the call as safe to repeat even though its method is not (e.g. a keyed create or a search). */
	ApiRequest idempotent(boolean idempotent) {
		this.idempotent = idempotent;
		return this;
	}

	/** Runs the call in the concurrency lane {@code key}: at most {@code width} of its calls in flight at a time. */
	ApiRequest lane(String key, int width) {
		this.lane = Lane.of(key, width);
		return this;
	}

}
