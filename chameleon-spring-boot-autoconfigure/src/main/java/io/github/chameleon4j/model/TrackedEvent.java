package io.github.chameleon4j.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An event for the events hook: the user ({@code uid} or Chameleon {@code id}), a name, and
 * optional event properties. Immutable; each method returns a copy. Starts from the user, as
 * {@link ProfileTraits} and {@link CompanyTraits} start from their identifier:
 * <pre>{@code
 * TrackedEvent.forUid("u-4410").named("Invoice paid").with("amount", 4900)
 * }</pre>
 */
public final class TrackedEvent extends ChangeSet {

	private TrackedEvent(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * Starts an event for a user, by your user ID (unknown users are created first); name it with
	 * {@link #named}.
	 * @param uid your user ID
	 * @return the event
	 */
	public static TrackedEvent forUid(String uid) {
		return new TrackedEvent(Map.of("uid", Arguments.requireText(uid, "uid")));
	}

	/**
	 * Starts an event for a user, by Chameleon profile ID; name it with {@link #named}.
	 * @param profileId the profile ID
	 * @return the event
	 */
	public static TrackedEvent forProfileId(String profileId) {
		return new TrackedEvent(Map.of("id", Arguments.requireText(profileId, "profileId")));
	}

	/**
	 * Names the event (required).
	 * @param name the event name
	 * @return the copy
	 */
	public TrackedEvent named(String name) {
		return new TrackedEvent(plus("name", Arguments.requireText(name, "name")));
	}

	/**
	 * Adds an event property.
	 * @param name the property name
	 * @param value the value
	 * @return the copy
	 */
	public TrackedEvent with(String name, @Nullable Object value) {
		return new TrackedEvent(plus(Arguments.requireText(name, "name"), value));
	}

	/**
	 * Whether the event was named.
	 * @return {@code true} when {@link #named} was called
	 */
	public boolean hasName() {
		return toBody().containsKey("name");
	}

}
