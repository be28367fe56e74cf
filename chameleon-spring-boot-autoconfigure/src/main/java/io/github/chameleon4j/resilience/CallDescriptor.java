package io.github.chameleon4j.resilience;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * What the resilience layer needs to know about one logical call: how it is sent, whether it is
 * safe to repeat, which concurrency lane it runs in, and its own deadline if the caller set one.
 *
 * @param method the HTTP method
 * @param uriTemplate the path template, e.g. {@code /v3/edit/tours/{id}} (low cardinality)
 * @param idempotent whether repeating the call after it may have reached the server is safe
 * (GET, PUT, PATCH, DELETE, and a Delivery create carrying an {@code idempotency_key})
 * @param lane the concurrency lane the call runs in (for example
 * {@code Lane.exclusive("profiles.search")}), or {@code null} for none
 * @param deadline the caller's deadline for the whole logical call, or {@code null} for the
 * configured default
 */
public record CallDescriptor(HttpMethod method, String uriTemplate, boolean idempotent, @Nullable Lane lane,
		@Nullable Duration deadline) {

	/**
	 * The request attribute that holds, on every request the client sends, its descriptor. Filters read
	 * it, e.g. for low-cardinality tags.
	 */
	public static final String ATTRIBUTE = CallDescriptor.class.getName();

	/**
	 * Whether the method alone makes the call idempotent.
	 * @param method the HTTP method
	 * @return {@code true} for GET, HEAD, PUT, PATCH and DELETE
	 */
	public static boolean isIdempotentMethod(HttpMethod method) {
		return method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD) || method.equals(HttpMethod.PUT)
				|| method.equals(HttpMethod.PATCH) || method.equals(HttpMethod.DELETE);
	}

	/**
	 * A copy with another deadline.
	 * @param deadline the new deadline, or {@code null}
	 * @return the copy
	 */
	public CallDescriptor withDeadline(@Nullable Duration deadline) {
		return new CallDescriptor(this.method, this.uriTemplate, this.idempotent, this.lane, deadline);
	}

}
