package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Cursor pagination (API §2.1-§2.2): newest first, {@code limit} 1..500 (default 50), {@code before}/{@code after}. */
final class Pagination {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 500;

	private Pagination() {
	}

	record Page<T>(List<T> items, int limit, boolean hasMore) {
	}

	static int limit(ApiRequest request) {
		Object value = request.param("limit");
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		int limit;
		try {
			limit = (value instanceof Number number) ? number.intValue() : Integer.parseInt(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw ApiError.unprocessable("'limit' must be an integer");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiError.unprocessable("'limit' must be between 1 and " + MAX_LIMIT);
		}
		return limit;
	}

	static <T> Page<T> page(NavigableMap<String, T> byId, Predicate<T> filter, ApiRequest request, Instant now) {
		int limit = limit(request);
		NavigableMap<String, T> view = byId;
		String before = bound(request.param("before"), true, now, "before");
		String after = bound(request.param("after"), false, now, "after");
		if (before != null) {
			view = view.headMap(before, false);
		}
		if (after != null) {
			view = view.tailMap(after, false);
		}
		List<T> items = new ArrayList<>(Math.min(limit, 64));
		boolean hasMore = false;
		for (T item : view.descendingMap().values()) {
			if (!filter.test(item)) {
				continue;
			}
			if (items.size() == limit) {
				hasMore = true;
				break;
			}
			items.add(item);
		}
		return new Page<>(items, limit, hasMore);
	}

	/** An ID is used as is; a timestamp becomes the first/last possible ID of its second. */
	private static String bound(Object value, boolean before, Instant now, String name) {
		if (value == null || value.toString().isEmpty()) {
			return null;
		}
		String text = value.toString();
		if (ObjectIds.isId(text)) {
			return text;
		}
		Instant instant = Timestamps.parse(value, now, name);
		return before ? ObjectIds.lowest(instant.getEpochSecond()) : ObjectIds.highest(instant.getEpochSecond());
	}

	/** Builds {@code {"<key>": [...], "cursor": {...}}} according to the cursor style. */
	static <T> Map<String, Object> body(String key, Page<T> page, Function<T, Object> view, Function<T, String> id,
			CursorStyle style) {
		Map<String, Object> body = new LinkedHashMap<>();
		List<Object> rendered = new ArrayList<>(page.items().size());
		for (T item : page.items()) {
			rendered.add(view.apply(item));
		}
		body.put(key, rendered);
		boolean include = switch (style) {
			case EVERY_PAGE -> true;
			case OMITTED_ON_LAST_PAGE -> page.hasMore();
			case NONE -> false;
		};
		if (include) {
			Map<String, Object> cursor = new LinkedHashMap<>();
			cursor.put("limit", page.limit());
			cursor.put("before", page.items().isEmpty() ? null : id.apply(page.items().get(page.items().size() - 1)));
			body.put("cursor", cursor);
		}
		return body;
	}

}
