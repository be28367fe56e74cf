package io.github.chameleon4j.client.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads every timestamp form Chameleon documents, all as UTC: ISO-8601 with {@code Z} or an
 * offset (with or without fractions), {@code "2029-08-21 02:46:46"}, {@code "2029-08-21 02:46:46 +00:00"},
 * {@code "2029-08-21"}, and epoch seconds as a number or numeric string. Blank strings read as
 * {@code null}; anything else fails decoding.
 */
public final class LenientInstantDeserializer extends ValueDeserializer<Instant> {

	private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendLiteral(' ')
		.append(DateTimeFormatter.ISO_LOCAL_TIME)
		.optionalStart()
		.appendLiteral(' ')
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.toFormatter();

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT) {
			return Instant.ofEpochSecond(parser.getLongValue());
		}
		if (token == JsonToken.VALUE_NUMBER_FLOAT) {
			double seconds = parser.getDoubleValue();
			return Instant.ofEpochMilli((long) (seconds * 1000));
		}
		if (token == JsonToken.VALUE_STRING) {
			Instant parsed = parse(parser.getString());
			if (parsed == null && !parser.getString().isBlank()) {
				return (Instant) context.handleWeirdStringValue(Instant.class, parser.getString(),
						"not a timestamp Chameleon documents");
			}
			return parsed;
		}
		return (Instant) context.handleUnexpectedToken(Instant.class, parser);
	}

	/**
	 * Parses one of the documented timestamp forms.
	 * @param text the text
	 * @return the instant, or {@code null} for blank or unparseable text
	 */
	public static Instant parse(String text) {
		String value = text.trim();
		if (value.isEmpty()) {
			return null;
		}
		if (value.chars().allMatch(Character::isDigit) && value.length() <= 12) {
			return Instant.ofEpochSecond(Long.parseLong(value));
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			var parsed = SPACED.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
			return (parsed instanceof OffsetDateTime offset) ? offset.toInstant()
					: ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
