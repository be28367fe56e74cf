package io.github.chameleon4j.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.chameleon4j.test.Records.Company;
import io.github.chameleon4j.test.Records.Profile;
import io.github.chameleon4j.test.Records.Segment;

/**
 * Evaluates segmentation filter expressions (API §2.6) against profiles. Supports {@code property} items with every
 * documented operator, {@code segment}, {@code group}, and {@code tour}/{@code survey} participation; other documented
 * kinds never match; unknown kinds and operators are a 422, as on the real API.
 */
final class ProfileFilter {

	private static final Set<String> KINDS = Set.of("property", "event", "tour", "action", "intercom", "segment",
			"survey", "group");

	private final EmulatorStore store;

	ProfileFilter(EmulatorStore store) {
		this.store = store;
	}

	boolean matches(Profile profile, List<?> filters, String op) {
		if (filters == null || filters.isEmpty()) {
			return true;
		}
		boolean any = "or".equals(op);
		for (Object filter : filters) {
			if (!(filter instanceof Map<?, ?> item)) {
				throw ApiError.unprocessable("each filter must be an object");
			}
			boolean match = matchesItem(profile, item);
			if (any && match) {
				return true;
			}
			if (!any && !match) {
				return false;
			}
		}
		return !any;
	}

	boolean matchesSegment(Profile profile, Segment segment) {
		return matches(profile, segment.items(), segment.itemsOp());
	}

	/** Fails with 422 before any profile is scanned when an expression is invalid. */
	void validate(List<?> filters, String op) {
		if (op != null && !op.equals("and") && !op.equals("or")) {
			throw ApiError.unprocessable("'filters_op' must be 'and' or 'or'");
		}
		if (filters == null) {
			return;
		}
		for (Object filter : filters) {
			if (!(filter instanceof Map<?, ?> item)) {
				throw ApiError.unprocessable("each filter must be an object");
			}
			Object kind = item.get("kind");
			if (kind == null || !KINDS.contains(kind.toString())) {
				throw ApiError.unprocessable("unknown filter kind '" + kind + "'");
			}
			if ("property".equals(kind) && (item.get("prop") == null || !isOperator(String.valueOf(item.get("op"))))) {
				throw ApiError.unprocessable("property filters need 'prop' and a known 'op'");
			}
			if ("group".equals(kind)) {
				validate(asList(item.get("filters")), (String) item.get("filters_op"));
			}
		}
	}

	private boolean matchesItem(Profile profile, Map<?, ?> item) {
		String kind = String.valueOf(item.get("kind"));
		Object value = item.get("value");
		switch (kind) {
			case "property":
				return matchesProperty(profile, String.valueOf(item.get("prop")), String.valueOf(item.get("op")), value);
			case "group":
				return matches(profile, asList(item.get("filters")), (String) item.get("filters_op"));
			case "segment": {
				Segment segment = this.store.segments.get(String.valueOf(value));
				return segment != null && matchesSegment(profile, segment);
			}
			case "tour": {
				Object range = item.get("range");
				return this.store.interactions.values().stream().anyMatch((interaction) -> interaction.profileId()
					.equals(profile.id()) && interaction.tourId().equals(String.valueOf(value))
						&& (range == null || interaction.state().equals(range.toString())));
			}
			case "survey":
				return this.store.responses.values().stream().anyMatch((response) -> response.profileId()
					.equals(profile.id()) && response.surveyId().equals(String.valueOf(value)));
			default:
				return false;
		}
	}

	private boolean matchesProperty(Profile profile, String prop, String op, Object expected) {
		boolean present = has(profile, prop);
		Object actual = present ? valueOf(profile, prop) : null;
		String actualText = (actual != null) ? actual.toString() : null;
		String expectedText = (expected != null) ? expected.toString() : "";
		return switch (op) {
			case "ex" -> present;
			case "nx" -> !present;
			case "eq" -> actual != null && compare(actual, expectedText) == 0;
			case "ne" -> actual == null || compare(actual, expectedText) != 0;
			case "gt" -> actual != null && compare(actual, expectedText) > 0;
			case "lt" -> actual != null && compare(actual, expectedText) < 0;
			case "gte" -> actual != null && compare(actual, expectedText) >= 0;
			case "lte" -> actual != null && compare(actual, expectedText) <= 0;
			case "in" -> actualText != null && actualText.contains(expectedText);
			case "nin" -> actualText == null || !actualText.contains(expectedText);
			case "in-i" -> actualText != null && lower(actualText).contains(lower(expectedText));
			case "nin-i" -> actualText == null || !lower(actualText).contains(lower(expectedText));
			case "in-v" -> actualText != null && List.of(expectedText.split(",")).contains(actualText);
			case "nin-v" -> actualText == null || !List.of(expectedText.split(",")).contains(actualText);
			case "in-a" -> actual instanceof List<?> list && list.stream().anyMatch((v) -> String.valueOf(v).equals(expectedText));
			case "nin-a" -> !(actual instanceof List<?> list) || list.stream().noneMatch((v) -> String.valueOf(v).equals(expectedText));
			case "gt-d", "lt-d" -> false;
			default -> throw ApiError.unprocessable("unknown operator '" + op + "'");
		};
	}

	private static boolean isOperator(String op) {
		return Set.of("ex", "nx", "eq", "ne", "gt", "lt", "gte", "lte", "gt-d", "lt-d", "in", "in-i", "nin", "nin-i",
				"in-v", "nin-v", "in-a", "nin-a").contains(op);
	}

	private boolean has(Profile profile, String prop) {
		return switch (prop) {
			case "id", "uid", "created_at", "updated_at" -> true;
			case "company_id" -> profile.companyId() != null;
			default -> valueOf(profile, prop) != null || profile.hasProperty(prop);
		};
	}

	private Object valueOf(Profile profile, String prop) {
		switch (prop) {
			case "id":
				return profile.id();
			case "uid":
				return profile.uid();
			case "company_id":
				return profile.companyId();
			case "created_at":
				return Timestamps.format(profile.createdAt());
			case "updated_at":
				return Timestamps.format(profile.updatedAt());
			default:
				if (prop.startsWith("company.")) {
					Company company = (profile.companyId() != null) ? this.store.companies.get(profile.companyId()) : null;
					if (company == null) {
						return null;
					}
					String key = prop.substring("company.".length());
					return "uid".equals(key) ? company.uid() : company.properties().get(key);
				}
				return profile.property(prop);
		}
	}

	private static int compare(Object actual, String expected) {
		if (actual instanceof Number || actual instanceof Boolean) {
			try {
				return new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected));
			}
			catch (NumberFormatException ex) {
				return actual.toString().compareTo(expected);
			}
		}
		return actual.toString().compareTo(expected);
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	static List<?> asList(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return list;
		}
		throw ApiError.unprocessable("'filters' must be an array");
	}

}
