package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Settings of a domain ("Url") to create or change. Immutable.
 * <pre>{@code
 * DomainChange.none().enabled("on").environment(stagingId)
 * DomainChange.none().archive(Instant.now())
 * }</pre>
 */
public final class DomainChange extends ChangeSet {

	private static final Set<String> STATES = Set.of("on", "off", "subdomain");

	private DomainChange(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * An empty change to add fields to.
	 * @return the empty change
	 */
	public static DomainChange none() {
		return new DomainChange(Map.of());
	}

	/**
	 * Sets whether Chameleon runs on the host.
	 * @param state {@code on}, {@code off}, or {@code subdomain} (new subdomains default to on)
	 * @return the change
	 */
	public DomainChange enabled(String state) {
		if (state == null || !STATES.contains(state)) {
			throw new IllegalArgumentException("state must be one of " + STATES + ", was " + state);
		}
		return with("enabled", state);
	}

	/**
	 * Archives the domain.
	 * @param at the archive time
	 * @return the change
	 */
	public DomainChange archive(Instant at) {
		return with("archived_at", Arguments.requireNonNull(at, "at").toString());
	}

	/**
	 * Unarchives the domain ({@code "archived_at": null}).
	 * @return the change
	 */
	public DomainChange unarchive() {
		return with("archived_at", null);
	}

	/**
	 * Moves the domain into an Environment.
	 * @param urlGroupId the Environment ID
	 * @return the change
	 */
	public DomainChange environment(String urlGroupId) {
		return with("url_group_id", Arguments.requireText(urlGroupId, "urlGroupId"));
	}

	/**
	 * Moves the domain back to the Default Environment ({@code "url_group_id": null}).
	 * @return the change
	 */
	public DomainChange defaultEnvironment() {
		return with("url_group_id", null);
	}

	/**
	 * Sets the deprecated {@code unlisted} flag (prefer {@link #archive(Instant)}).
	 * @param unlisted whether the domain is unlisted
	 * @return the change
	 */
	public DomainChange unlisted(boolean unlisted) {
		return with("unlisted", unlisted);
	}

	/**
	 * Whether the state was set.
	 * @return {@code true} when {@code enabled} is part of the change
	 */
	public boolean hasEnabled() {
		return toBody().containsKey("enabled");
	}

	private DomainChange with(String name, Object value) {
		return new DomainChange(plus(name, value));
	}

}
