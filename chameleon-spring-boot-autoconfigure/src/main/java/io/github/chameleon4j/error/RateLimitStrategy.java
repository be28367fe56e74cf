package io.github.chameleon4j.error;

/**
 * Which of Chameleon's rate-limit strategies a 429 came from, recognised by its headers.
 */
public enum RateLimitStrategy {

	/** Requests per minute across the account; signalled by {@code X-Retry-After}. */
	GLOBAL,

	/** Requests started within a window; signalled by {@code X-Ratelimit-Wait} or body {@code wait}. */
	BUCKET,

	/** Requests in flight at once; signalled by {@code X-Ratelimit-Limit} or body {@code limit}. */
	CONCURRENCY,

	/** A 429 that carried none of the documented hints. */
	UNKNOWN

}
