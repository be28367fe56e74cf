package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Generates 24-character lowercase hex IDs whose first 8 characters are the creation second, so that
 * ordering by ID equals ordering by {@code created_at} (like Chameleon's ObjectId-style IDs).
 */
final class ObjectIds {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{24}");

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final AtomicLong counter = new AtomicLong();

	String next(Instant createdAt) {
		return of(createdAt.getEpochSecond(), this.counter.incrementAndGet());
	}

	static boolean isId(String value) {
		return value != null && ID.matcher(value).matches();
	}

	/** The smallest ID a record created in the given second can have. */
	static String lowest(long epochSecond) {
		return of(epochSecond, 0);
	}

	/** The largest ID a record created in the given second can have. */
	static String highest(long epochSecond) {
		return of(epochSecond, -1L);
	}

	static String of(long epochSecond, long counter) {
		char[] out = new char[24];
		write(out, 0, epochSecond & 0xffffffffL, 8);
		write(out, 8, counter, 16);
		return new String(out);
	}

	private static void write(char[] out, int offset, long value, int digits) {
		for (int i = digits - 1; i >= 0; i--) {
			out[offset + i] = HEX[(int) (value & 0xf)];
			value >>>= 4;
		}
	}

}
