package io.github.chameleon4j.test;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** What every endpoint handler needs: the data, its views, the clock, and the pagination switches. */
final class ApiContext {

	final EmulatorStore store;

	final Views views;

	final ProfileFilter filter;

	final EmulatorPaging paging;

	private final Clock clock;

	private final Random random;

	ApiContext(EmulatorStore store, Clock clock, EmulatorPaging paging, long seed) {
		this.store = store;
		this.views = new Views(store);
		this.filter = new ProfileFilter(store);
		this.clock = clock;
		this.paging = paging;
		this.random = new Random(seed);
	}

	Instant now() {
		return this.clock.instant();
	}

	synchronized double nextPercent() {
		return Math.round(this.random.nextDouble() * 10000) / 100.0;
	}

	static ApiResponse ok(String key, Object value) {
		return ApiResponse.json(200, Views.wrap(key, value));
	}

	static ApiResponse ok(Map<String, Object> body) {
		return ApiResponse.json(200, body);
	}

	/** Reads an enum-like parameter; 422 naming the parameter when the value is not allowed. */
	static String choice(String value, String name, Set<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			throw ApiError.unprocessable("'" + name + "' must be one of " + allowed);
		}
		return value;
	}

}
