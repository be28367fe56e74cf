package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One segmentation filter item (§2.6 of the reference), used by profile search and count,
 * company search, filter Imports and Segment definitions.
 * <pre>{@code
 * Filter.property("plan", "in-v", "gold,platinum")
 * Filter.group("or", List.of(Filter.property("company.name", "eq", "Globex"), ...))
 * }</pre>
 *
 * @param id the item ID (stored Segment items only)
 * @param createdAt creation time (stored items only)
 * @param updatedAt last update (stored items only)
 * @param kind {@code property}, {@code event}, {@code tour}, {@code survey}, {@code action},
 * {@code intercom}, {@code segment} or {@code group}
 * @param integration the data partner of the property, if any
 * @param prop the property name (dotted paths allowed)
 * @param op the operator, see {@link #OPERATORS}
 * @param value the right-hand side (for tour/survey kinds, the Experience ID)
 * @param mod operator for a secondary condition compared with {@code range}
 * @param range secondary value
 * @param cond time-window operator used with {@code interval}
 * @param interval number of days for {@code cond} ({@code int} on the wire)
 * @param filtersOp {@code and} or {@code or} inside a group
 * @param filters the nested items of a group
 * @param unknownFields fields this model does not name
 */
public record Filter(@Nullable String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, String kind,
		@Nullable String integration, @Nullable String prop, @Nullable String op, @Nullable Object value,
		@Nullable String mod, @Nullable Object range, @Nullable String cond, @JsonProperty("int") @Nullable Object interval,
		@Nullable String filtersOp, @Nullable List<Filter> filters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	/** Operators the reference documents. */
	public static final Set<String> OPERATORS = Set.of("ex", "nx", "eq", "ne", "gt", "lt", "gte", "lte", "gt-d",
			"lt-d", "in", "in-i", "nin", "nin-i", "in-v", "nin-v", "in-a", "nin-a");

	/** Kinds the reference documents. */
	public static final Set<String> KINDS = Set.of("property", "event", "tour", "survey", "action", "intercom",
			"segment", "group");

	public Filter {
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * A property filter such as {@code plan eq gold}.
	 * @param prop the property name
	 * @param op the operator
	 * @param value the value ({@code null} for {@code ex}/{@code nx})
	 * @return the filter
	 */
	public static Filter property(String prop, String op, @Nullable Object value) {
		return new Filter(null, null, null, "property", null, prop, op, value, null, null, null, null, null, null,
				Map.of());
	}

	/**
	 * A filter on an Experience outcome, e.g. {@code experience("tour", tourId, "completed")}.
	 * @param kind {@code tour} or {@code survey}
	 * @param experienceId the Experience ID
	 * @param range the outcome ({@code completed}, {@code exited}, or a button index)
	 * @return the filter
	 */
	public static Filter experience(String kind, String experienceId, @Nullable Object range) {
		return new Filter(null, null, null, kind, null, null, null, experienceId, null, range, null, null, null, null,
				Map.of());
	}

	/**
	 * Membership of a Segment.
	 * @param segmentId the Segment ID
	 * @return the filter
	 */
	public static Filter segment(String segmentId) {
		return new Filter(null, null, null, "segment", null, null, null, segmentId, null, null, null, null, null, null,
				Map.of());
	}

	/**
	 * A nested group.
	 * @param filtersOp {@code and} or {@code or}
	 * @param filters the nested items
	 * @return the filter
	 */
	public static Filter group(String filtersOp, List<Filter> filters) {
		return new Filter(null, null, null, "group", null, null, null, null, null, null, null, null, filtersOp,
				List.copyOf(filters), Map.of());
	}

	/**
	 * Checks that the item can be sent: a known kind, a known operator, a property name for
	 * property filters, and valid nested items for groups.
	 * @param argument the argument name used in the error message
	 * @throws IllegalArgumentException naming the argument and what is wrong
	 */
	public void validate(String argument) {
		if (this.kind == null || !KINDS.contains(this.kind)) {
			throw new IllegalArgumentException(argument + ": unknown filter kind '" + this.kind + "' (expected one of "
					+ new java.util.TreeSet<>(KINDS) + ")");
		}
		if (this.op != null && !OPERATORS.contains(this.op)) {
			throw new IllegalArgumentException(argument + ": unknown filter operator '" + this.op + "' (expected one of "
					+ new java.util.TreeSet<>(OPERATORS) + ")");
		}
		if (this.filtersOp != null && !this.filtersOp.equals("and") && !this.filtersOp.equals("or")) {
			throw new IllegalArgumentException(argument + ": filters_op must be 'and' or 'or', was '" + this.filtersOp + "'");
		}
		switch (this.kind) {
			case "property" -> {
				if (this.prop == null || this.prop.isBlank()) {
					throw new IllegalArgumentException(argument + ": a property filter needs a property name (prop)");
				}
				if (this.op == null) {
					throw new IllegalArgumentException(argument + ": a property filter needs an operator (op)");
				}
				if (!this.op.equals("ex") && !this.op.equals("nx") && this.value == null) {
					throw new IllegalArgumentException(argument + ": operator '" + this.op + "' needs a value");
				}
			}
			case "group" -> {
				if (this.filters == null || this.filters.isEmpty()) {
					throw new IllegalArgumentException(argument + ": a group filter needs nested filters");
				}
				for (int i = 0; i < this.filters.size(); i++) {
					this.filters.get(i).validate(argument + ".filters[" + i + "]");
				}
			}
			default -> {
				if (this.value == null && !this.kind.equals("intercom")) {
					throw new IllegalArgumentException(argument + ": a " + this.kind + " filter needs a value");
				}
			}
		}
	}

}
