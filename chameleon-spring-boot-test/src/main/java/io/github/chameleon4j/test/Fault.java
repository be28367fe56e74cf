package io.github.chameleon4j.test;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the emulator can inject instead of (or around) a normal answer. Create with the static factories and
 * switch on with {@link EmulatorFaults#failNext(int, Fault)} or {@link EmulatorFaults#randomly(double, Fault)}.
 *
 * @param kind what happens
 * @param delay how long a {@link Kind#SLOW} answer is held back; zero for the other kinds
 */
public record Fault(Kind kind, Duration delay) {

	/** The kinds of injected failure. */
	public enum Kind {

		/** 500 with the documented envelope. */
		INTERNAL_ERROR,

		/** 503 with {@code {"code":503,"messages":[]}}. */
		UNAVAILABLE_JSON,

		/** 503 with an HTML page, as an edge proxy would send. */
		UNAVAILABLE_HTML,

		/** 503 with a plain-text body. */
		UNAVAILABLE_TEXT,

		/** 503 with an empty body. */
		UNAVAILABLE_EMPTY,

		/** 504 with the documented envelope. */
		GATEWAY_TIMEOUT,

		/** The connection is closed without any response. */
		DROP_CONNECTION,

		/** The request is processed, but a 2xx answer's JSON body is cut in half. */
		MALFORMED_JSON,

		/** The request is processed after the fault's delay (non-blocking). */
		SLOW

	}

	public Fault {
		Objects.requireNonNull(kind, "kind");
		delay = (delay != null) ? delay : Duration.ZERO;
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative, was " + delay);
		}
	}

	public static Fault internalError() {
		return new Fault(Kind.INTERNAL_ERROR, Duration.ZERO);
	}

	public static Fault unavailableJson() {
		return new Fault(Kind.UNAVAILABLE_JSON, Duration.ZERO);
	}

	public static Fault unavailableHtml() {
		return new Fault(Kind.UNAVAILABLE_HTML, Duration.ZERO);
	}

	public static Fault unavailableText() {
		return new Fault(Kind.UNAVAILABLE_TEXT, Duration.ZERO);
	}

	public static Fault unavailableEmpty() {
		return new Fault(Kind.UNAVAILABLE_EMPTY, Duration.ZERO);
	}

	public static Fault gatewayTimeout() {
		return new Fault(Kind.GATEWAY_TIMEOUT, Duration.ZERO);
	}

	public static Fault dropConnection() {
		return new Fault(Kind.DROP_CONNECTION, Duration.ZERO);
	}

	public static Fault malformedJson() {
		return new Fault(Kind.MALFORMED_JSON, Duration.ZERO);
	}

	public static Fault slow(Duration delay) {
		return new Fault(Kind.SLOW, Objects.requireNonNull(delay, "delay"));
	}

	/** The answer that replaces normal processing, or null for kinds that wrap it (slow, malformed). */
	ApiResponse replacement() {
		return switch (this.kind) {
			case INTERNAL_ERROR -> ApiResponse.error(500, ApiResponse.INTERNAL);
			case UNAVAILABLE_JSON -> ApiResponse.error(503, null);
			case UNAVAILABLE_HTML -> ApiResponse.text(503, "text/html; charset=utf-8",
					"<html><head><title>503 Service Unavailable</title></head>"
							+ "<body><h1>503 Service Unavailable</h1><p>No healthy backends.</p></body></html>");
			case UNAVAILABLE_TEXT -> ApiResponse.text(503, "text/plain; charset=utf-8", "Service Unavailable");
			case UNAVAILABLE_EMPTY -> new ApiResponse(503, java.util.Map.of(), null, new byte[0], false);
			case GATEWAY_TIMEOUT -> ApiResponse.error(504, ApiResponse.TIMEOUT);
			case DROP_CONNECTION -> ApiResponse.dropped();
			case MALFORMED_JSON, SLOW -> null;
		};
	}

}
