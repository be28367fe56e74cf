package io.github.chameleon4j.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Name normalization and value coercion applied to incoming custom data (API §1.7, §1.8). */
final class CustomData {

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

	private static final int MAX_VALUE_BYTES = 768;

	private CustomData() {
	}

	/** {@code userRole}, {@code user-role}, {@code User Role} → {@code user_role}. */
	static String normalizeName(String name) {
		StringBuilder out = new StringBuilder(name.length() + 4);
		char previous = 0;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
					out.append('_');
				}
				out.append(Character.toLowerCase(c));
			}
			else if (c == '.' ) {
				out.append('.');
			}
			else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
				out.append('_');
			}
			previous = c;
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == '_') {
			end--;
		}
		return out.substring(0, end);
	}

	static Map<String, Object> normalize(Map<String, Object> input) {
		Map<String, Object> out = new LinkedHashMap<>();
		input.forEach((key, value) -> out.put(normalizeName(key), coerce(value)));
		return out;
	}

	static Object coerce(Object value) {
		if (value instanceof String text) {
			return coerceText(text);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((key, item) -> out.put(normalizeName(key.toString()), coerce(item)));
			return out;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>();
			for (Object item : list) {
				// null entries are dropped, hashes inside arrays are not supported
				if (item != null && !(item instanceof Map)) {
					out.add(coerce(item));
				}
			}
			return out;
		}
		return value;
	}

	private static Object coerceText(String text) {
		if (text.equals("true") || text.equals("false")) {
			return Boolean.valueOf(text);
		}
		if (INTEGER.matcher(text).matches()) {
			return Long.parseLong(text);
		}
		if (DECIMAL.matcher(text).matches()) {
			return Double.parseDouble(text);
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= MAX_VALUE_BYTES) {
			return text;
		}
		String truncated = new String(bytes, 0, MAX_VALUE_BYTES, StandardCharsets.UTF_8);
		// a multi-byte character cut in half decodes to U+FFFD: drop it
		return truncated.endsWith("\uFFFD") ? truncated.substring(0, truncated.length() - 1) : truncated;
	}

}
