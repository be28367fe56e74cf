package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Settings of an Environment ("Url Group") to create or change. Immutable.
 * <pre>{@code
 * EnvironmentChange.none().name("Staging").shortName("ST").color("6D95C0")
 * EnvironmentChange.none().archive(Instant.now(), true)
 * }</pre>
 */
public final class EnvironmentChange extends ChangeSet {

	private EnvironmentChange(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * An empty change to add fields to.
	 * @return the empty change
	 */
	public static EnvironmentChange none() {
		return new EnvironmentChange(Map.of());
	}

	/**
	 * Sets the name.
	 * @param name the name
	 * @return the change
	 */
	public EnvironmentChange name(String name) {
		return with("name", Arguments.requireText(name, "name"));
	}

	/**
	 * Sets the description.
	 * @param description the description, or {@code null} to clear it
	 * @return the change
	 */
	public EnvironmentChange description(@Nullable String description) {
		return with("description", description);
	}

	/**
	 * Sets the short name shown in the dashboard.
	 * @param shortName 1 to 3 characters
	 * @return the change
	 */
	public EnvironmentChange shortName(String shortName) {
		Arguments.requireText(shortName, "shortName");
		if (shortName.length() > 3) {
			throw new IllegalArgumentException("shortName must have 1 to 3 characters, was " + shortName.length());
		}
		return with("short_name", shortName);
	}

	/**
	 * Sets the short-name colour.
	 * @param hex 6 hexadecimal digits without {@code #}; sent upper-case
	 * @return the change
	 */
	public EnvironmentChange color(String hex) {
		if (hex == null || !hex.matches("[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("hex must be 6 hexadecimal digits without '#', was " + hex);
		}
		return with("style_short_name_color", hex.toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * Archives the Environment.
	 * @param at the archive time
	 * @param archiveDomains whether its domains are archived too ({@code urls_action_on_archive})
	 * @return the change
	 */
	public EnvironmentChange archive(Instant at, boolean archiveDomains) {
		return with("archived_at", Arguments.requireNonNull(at, "at").toString())
			.with("urls_action_on_archive", archiveDomains ? "archive" : "ignore");
	}

	/**
	 * Unarchives the Environment ({@code "archived_at": null}).
	 * @return the change
	 */
	public EnvironmentChange unarchive() {
		return with("archived_at", null);
	}

	private EnvironmentChange with(String name, @Nullable Object value) {
		return new EnvironmentChange(plus(name, value));
	}

}
