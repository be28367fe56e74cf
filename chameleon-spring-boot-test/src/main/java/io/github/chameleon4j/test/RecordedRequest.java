package io.github.chameleon4j.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request as the emulator saw it, for assertions such as "no request arrived before the hinted time" or "no
 * two profile searches overlapped". Instants come from the emulator's {@link java.time.Clock}. The account secret
 * is never stored: {@link #secretValid()} tells whether the request was authenticated, and a secret embedded in
 * the path, query or body is replaced by {@code [account_secret]}.
 *
 * @param sequence arrival order, from 1
 * @param startedAt when the request arrived (body fully received)
 * @param finishedAt when its answer was ready (after queueing and injected delays)
 * @param method HTTP method
 * @param path decoded request path
 * @param query query parameters (without {@code account_secret})
 * @param headers request headers by lower-case name, without {@code x-account-secret}, {@code authorization}
 * and {@code cookie}
 * @param secretValid whether the request carried the configured account secret
 * @param body request body text (the first 64 KiB)
 * @param status response status; 0 when the connection was dropped
 * @param delay delay injected by a {@link Fault.Kind#SLOW} fault
 * @param responseHeaders the headers of the answer (rate-limit hints among them), by their sent name
 */
public record RecordedRequest(long sequence, Instant startedAt, Instant finishedAt, String method, String path,
		Map<String, List<String>> query, Map<String, String> headers, boolean secretValid, String body, int status,
		Duration delay, Map<String, String> responseHeaders) {

	/**
	 * The wait this answer asked for: {@code X-Retry-After} (global) or {@code X-Ratelimit-Wait} (bucket).
	 * @return the hinted wait, or {@link Duration#ZERO} when the answer carried none
	 */
	public Duration waitHint() {
		String value = this.responseHeaders.get("X-Retry-After");
		if (value == null) {
			value = this.responseHeaders.get("X-Ratelimit-Wait");
		}
		return (value != null) ? Duration.ofSeconds(Long.parseLong(value)) : Duration.ZERO;
	}

	/** Whether the two requests were in progress at the same time (touching end and start do not overlap). */
	public boolean overlaps(RecordedRequest other) {
		return this.startedAt.isBefore(other.finishedAt) && other.startedAt.isBefore(this.finishedAt);
	}

	/** The first value of a query parameter, or null. */
	public String queryParam(String name) {
		List<String> values = this.query.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
