package io.github.chameleon4j.metrics;

/**
 * Names of the meters and observations the Chameleon client publishes, and of their tags. Every
 * tag value is low cardinality: URI templates, never raw paths or ids.
 */
public final class ChameleonMeters {

	/** Counter: one increment per attempt that got a response or failed without one. */
	public static final String RESPONSES = "chameleon.client.responses";

	/** Timer: time a call waited before being sent or between attempts, by {@link #REASON}. */
	public static final String WAIT = "chameleon.client.wait";

	/** Counter: 429 wait hints received, by {@link #STRATEGY}. */
	public static final String RATE_LIMIT_HINTS = "chameleon.client.rate.limit.hints";

	/** Counter: failed attempts that will be retried, by {@link #ERROR_KIND}. */
	public static final String RETRIES = "chameleon.client.retries";

	/** Gauge: seconds left in the shared cool-down ({@code 0} when none). */
	public static final String COOLDOWN_REMAINING = "chameleon.client.cooldown.remaining";

	/** Gauge: the current global pace in requests per minute ({@code 0} when pacing is off). */
	public static final String PACE = "chameleon.client.pace";

	/** Calls that went on with local pacing because the shared store (Redis) did not answer (function counter). */
	public static final String COORDINATION_FALLBACKS = "chameleon.client.coordination.fallbacks";

	/** Gauge: calls holding a concurrency permit. */
	public static final String IN_FLIGHT = "chameleon.client.in.flight";

	/** Gauge: calls waiting for a concurrency permit. */
	public static final String WAITING = "chameleon.client.waiting";

	/** Gauge: the circuit breaker state: 0 closed, 1 open, 2 half-open, -1 disabled. */
	public static final String CIRCUIT_STATE = "chameleon.client.circuit.state";

	/**
	 * Observation (and its timer): one logical call, from subscription to its end, every wait and
	 * retry included; its attempts' {@code http.client.requests} observations are its children.
	 */
	public static final String CALL = "chameleon.call";

	/** Event of a {@value #CALL} observation: the call waited at the 429 cool-down gate. */
	public static final String EVENT_WAIT_COOLDOWN = "wait.cooldown";

	/** Event of a {@value #CALL} observation: the call waited for its slot in the global pace. */
	public static final String EVENT_WAIT_PACE = "wait.pace";

	/** Event of a {@value #CALL} observation: the call waited for a concurrency permit (cap or lane). */
	public static final String EVENT_WAIT_PERMIT = "wait.permit";

	/** Event of a {@value #CALL} observation: the call waited out the backoff before a retry. */
	public static final String EVENT_WAIT_BACKOFF = "wait.backoff";

	/** Event of a {@value #CALL} observation: a failed attempt will be retried. */
	public static final String EVENT_RETRY = "retry";

	/** Event of a {@value #CALL} observation: an attempt met a 429 with a wait hint. */
	public static final String EVENT_RATE_LIMITED = "rate.limited";

	/** Key of a {@value #CALL} observation: the attempts sent, {@code 0} to {@code 4}, then {@code 5+}. */
	public static final String ATTEMPTS = "attempts";

	/** Key of a {@value #CALL} observation: what the call waited longest for, or {@code none}. */
	public static final String WAITED = "waited";

	/** High-cardinality key prefix of a {@value #CALL} observation: the time waited per reason. */
	public static final String WAITED_PREFIX = "chameleon.waited.";

	/** High-cardinality key of a {@value #CALL} observation: how many failed attempts were retried. */
	public static final String RETRIES_KEY = "chameleon.retries";

	/** Tag: the client name ({@code chameleon.client-name}). */
	public static final String CLIENT = "client";

	/** Tag: the HTTP method. */
	public static final String METHOD = "method";

	/** Tag: the URI template without the base URL, e.g. {@code /v3/edit/tours/{id}}. */
	public static final String URI = "uri";

	/** Tag: the status code, or {@link #IO_ERROR} when no response arrived. */
	public static final String STATUS = "status";

	/**
	 * Tag: of an attempt, SUCCESS, CLIENT_ERROR, SERVER_ERROR, TRANSPORT_ERROR or UNKNOWN; of a
	 * logical call ({@value #CALL}), SUCCESS, ERROR or CANCELLED.
	 */
	public static final String OUTCOME = "outcome";

	/** Tag: the {@link io.github.chameleon4j.error.ErrorKind} name, or {@code none}. */
	public static final String ERROR_KIND = "error.kind";

	/** Tag: what a call waited for (cooldown, pace, permit, backoff). */
	public static final String REASON = "reason";

	/** Tag: the rate-limit strategy of a 429 (global, bucket, concurrency, unknown). */
	public static final String STRATEGY = "strategy";

	/** Status tag value for an attempt that got no response. */
	public static final String IO_ERROR = "IO_ERROR";

	/** Tag value used when there is nothing to report (no error kind, no URI template). */
	public static final String NONE = "none";

	private ChameleonMeters() {
	}

}
