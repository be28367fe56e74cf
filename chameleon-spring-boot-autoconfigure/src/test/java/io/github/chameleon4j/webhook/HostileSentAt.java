package io.github.chameleon4j.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Signed-body {@code sent_at} values that are not real timestamps (JSON fragments), each of which must
 * be refused with {@code invalid_sent_at} and never cause an exception (test support).
 */
public final class HostileSentAt {

	private HostileSentAt() {
	}

	// Each fits the endpoint tests' 4KB body limit.
	public static List<String> values() {
		return List.of(
				// epoch numbers outside Instant's range or before 1970
				"999999999999999999", "9223372036854775807", "-9223372036854775808", "99999999999999999999999",
				"-1", "-1775574300", "253402300800",
				// exponent and fraction forms
				"1.7755743E9", "1e308", "1E400", "-1e9", "1775574300.5",
				// strings: huge, signed, exponent, absurd
				"\"999999999999999999\"", "\"999999999999\"", "\"-1\"", "\"1e9\"", "\"NaN\"", "\"Infinity\"",
				"\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"1969-12-31T23:59:59Z\"",
				"\"+10000-01-01T00:00:00Z\"", "\"2029-13-45T99:99:99Z\"", "\"2029-04-07T15:05:00Z; DROP TABLE\"",
				"\"yesterday\"", "\"\"", "\"   \"", "\"\\u0000\"", "\"" + "9".repeat(3000) + "\"",
				// not scalars
				"{}", "{\"epoch\":1775574300}", "[]", "[1775574300]", "true", "false");
	}

	/** A ping envelope whose {@code sent_at} is the given JSON fragment. */
	public static byte[] envelope(String id, String sentAtJson) {
		return ("{\"id\":\"" + id + "\",\"kind\":\"ping\",\"sent_at\":" + sentAtJson + ",\"data\":{}}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
