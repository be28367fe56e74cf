package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Cursor pagination parameters: page size and the {@code before}/{@code after} bounds (each an ID
 * or a timestamp). Immutable; validated on construction.
 * <pre>{@code
 * PageRequest.ofSize(500).after(Instant.parse("2029-01-01T00:00:00Z"))
 * }</pre>
 *
 * @param limit the page size, 1..500, or {@code null} for the server default (50)
 * @param before only records created before this ID or timestamp
 * @param after only records created after this ID or timestamp
 */
public record PageRequest(@Nullable Integer limit, @Nullable String before, @Nullable String after) {

	/** The largest page Chameleon serves. */
	public static final int MAX_LIMIT = 500;

	public PageRequest {
		if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
		}
		if (before != null && before.isBlank()) {
			throw new IllegalArgumentException("before must not be blank");
		}
		if (after != null && after.isBlank()) {
			throw new IllegalArgumentException("after must not be blank");
		}
	}

	/**
	 * The first page with the server's default size.
	 * @return the request
	 */
	public static PageRequest first() {
		return new PageRequest(null, null, null);
	}

	/**
	 * The first page of the given size.
	 * @param limit 1..500
	 * @return the request
	 */
	public static PageRequest ofSize(int limit) {
		return new PageRequest(limit, null, null);
	}

	/**
	 * A copy with another size.
	 * @param limit 1..500
	 * @return the copy
	 */
	public PageRequest withLimit(int limit) {
		return new PageRequest(limit, this.before, this.after);
	}

	/**
	 * A copy bounded by {@code before} (a cursor ID or a timestamp).
	 * @param before the bound
	 * @return the copy
	 */
	public PageRequest before(String before) {
		return new PageRequest(this.limit, before, this.after);
	}

	/**
	 * A copy bounded by {@code before} a timestamp.
	 * @param before the bound
	 * @return the copy
	 */
	public PageRequest before(Instant before) {
		return before(before.toString());
	}

	/**
	 * A copy bounded by {@code after} (an ID or a timestamp).
	 * @param after the bound
	 * @return the copy
	 */
	public PageRequest after(String after) {
		return new PageRequest(this.limit, this.before, after);
	}

	/**
	 * A copy bounded by {@code after} a timestamp.
	 * @param after the bound
	 * @return the copy
	 */
	public PageRequest after(Instant after) {
		return after(after.toString());
	}

	/** Puts the bounds that are set into a JSON body (reads sent as POST). */
	static Map<String, Object> putInto(Map<String, Object> body, @Nullable PageRequest page) {
		if (page != null && page.limit != null) {
			body.put("limit", page.limit);
		}
		if (page != null && page.before != null) {
			body.put("before", page.before);
		}
		if (page != null && page.after != null) {
			body.put("after", page.after);
		}
		return body;
	}

}
