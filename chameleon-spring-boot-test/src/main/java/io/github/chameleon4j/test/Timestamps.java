package io.github.chameleon4j.test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the timestamp input forms of API §1.7 and formats output as second-precision ISO-8601 UTC. */
final class Timestamps {

	private static final Pattern EPOCH = Pattern.compile("\\d{9,11}");

	private static final Pattern RELATIVE = Pattern.compile("\\+(\\d+)([smhdw])");

	private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter SPACED_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

	private Timestamps() {
	}

	static String format(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS).toString() : null;
	}

	/** Parses a timestamp parameter; {@code null} when absent; 422 naming the parameter when unparseable. */
	static Instant parse(Object value, Instant now, String name) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return Instant.ofEpochSecond(number.longValue());
		}
		String text = value.toString().trim();
		if (text.equals("$now") || text.equals("now")) {
			return now;
		}
		if (EPOCH.matcher(text).matches()) {
			return Instant.ofEpochSecond(Long.parseLong(text));
		}
		Matcher relative = RELATIVE.matcher(text);
		if (relative.matches()) {
			long amount = Long.parseLong(relative.group(1));
			return switch (relative.group(2)) {
				case "s" -> now.plusSeconds(amount);
				case "m" -> now.plus(amount, ChronoUnit.MINUTES);
				case "h" -> now.plus(amount, ChronoUnit.HOURS);
				case "w" -> now.plus(amount * 7, ChronoUnit.DAYS);
				default -> now.plus(amount, ChronoUnit.DAYS);
			};
		}
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			if (text.indexOf('T') > 0) {
				return OffsetDateTime.parse(text).toInstant();
			}
			if (text.length() > 19) {
				return OffsetDateTime.parse(text, SPACED_OFFSET).toInstant();
			}
			return LocalDateTime.parse(text, SPACED).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw ApiError.unprocessable("'" + name + "' is not a valid timestamp");
		}
	}

}
