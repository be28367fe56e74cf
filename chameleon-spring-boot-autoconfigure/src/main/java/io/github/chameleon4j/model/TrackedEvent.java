package io.github.chameleon4j.model;

import java.util.Map;

import org.springframework.lang.Nullable;

/**
 * An event for the events hook: a name, the user ({@code uid} or Chameleon {@code id}), and
 * optional event properties. Immutable; each method returns a copy.
 * <pre>{@code
 * TrackedEvent.named("Invoice paid").forUid("u-4410").with("amount", 4900)
 * }</pre>
 */
public final class TrackedEvent extends ChangeSet {

	private TrackedEvent(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * Starts an event; add the user with {@link #forUid} or {@link #forProfileId}.
	 * @param name the event name
	 * @return the event
	 */
	public static TrackedEvent named(String name) {
		return new TrackedEvent(Map.of("name", Arguments.requireText(name, "name")));
	}

	/**
	 * The user, by your user ID (unknown users are created first).
	 * @param uid your user ID
	 * @return the copy
	 */
	public TrackedEvent forUid(String uid) {
		return new TrackedEvent(plus("uid", Arguments.requireText(uid, "uid")));
	}

	/**
	 * The user, by Chameleon profile ID.
	 * @param profileId the profile ID
	 * @return the copy
	 */
	public TrackedEvent forProfileId(String profileId) {
		return new TrackedEvent(plus("id", Arguments.requireText(profileId, "profileId")));
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
	 * Whether a user was named.
	 * @return {@code true} when {@code uid} or {@code id} is set
	 */
	public boolean hasUser() {
		return toBody().containsKey("uid") || toBody().containsKey("id");
	}

}
