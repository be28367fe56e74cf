package io.github.chameleon4j.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the identify hook stores for one user: an identifier ({@code uid}, {@code email} or
 * Chameleon {@code id}) plus any custom properties. Immutable; each method returns a copy.
 * <pre>{@code
 * ProfileTraits.forUid("u-4410").with("email", "ana@example.org").with("plan", "pro").companyUid("acct-77")
 * }</pre>
 * Property names are sent as given (Chameleon normalises them to snake_case); values are sent as
 * real JSON types, so send numbers as numbers.
 */
public final class ProfileTraits extends ChangeSet {

	private ProfileTraits(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * Identifies the user by your user ID (an unknown uid creates the profile).
	 * @param uid your user ID
	 * @return the traits
	 */
	public static ProfileTraits forUid(String uid) {
		return new ProfileTraits(Map.of("uid", Arguments.requireText(uid, "uid")));
	}

	/**
	 * Identifies the user by email.
	 * @param email the email
	 * @return the traits
	 */
	public static ProfileTraits forEmail(String email) {
		return new ProfileTraits(Map.of("email", Arguments.requireText(email, "email")));
	}

	/**
	 * Identifies the user by Chameleon profile ID.
	 * @param profileId the profile ID
	 * @return the traits
	 */
	public static ProfileTraits forProfileId(String profileId) {
		return new ProfileTraits(Map.of("id", Arguments.requireText(profileId, "profileId")));
	}

	/**
	 * Adds a custom property.
	 * @param name the property name
	 * @param value the value (string, number, boolean, list, map or {@code null})
	 * @return the copy
	 */
	public ProfileTraits with(String name, @Nullable Object value) {
		return new ProfileTraits(plus(Arguments.requireText(name, "name"), value));
	}

	/**
	 * Adds several custom properties.
	 * @param properties the properties
	 * @return the copy
	 */
	public ProfileTraits withAll(Map<String, ?> properties) {
		ProfileTraits traits = this;
		for (Map.Entry<String, ?> entry : Arguments.requireNonNull(properties, "properties").entrySet()) {
			traits = traits.with(entry.getKey(), entry.getValue());
		}
		return traits;
	}

	/**
	 * Attaches the user to a company by your company ID.
	 * @param companyUid your company ID
	 * @return the copy
	 */
	public ProfileTraits companyUid(String companyUid) {
		return with("company_uid", Arguments.requireText(companyUid, "companyUid"));
	}

	/**
	 * Attaches the user to a company by Chameleon company ID.
	 * @param companyId the company ID
	 * @return the copy
	 */
	public ProfileTraits companyId(String companyId) {
		return with("company_id", Arguments.requireText(companyId, "companyId"));
	}

}
