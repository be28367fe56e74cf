package io.github.chameleon4j.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the company hook stores: your company {@code uid} (or the Chameleon {@code id}) plus any
 * custom properties. Immutable; each method returns a copy.
 * <pre>{@code
 * CompanyTraits.forUid("acct-77").with("plan", "enterprise").with("arr", 120000.5)
 * }</pre>
 */
public final class CompanyTraits extends ChangeSet {

	private CompanyTraits(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * Identifies the company by your company ID (unknown uids are created).
	 * @param uid your company ID
	 * @return the traits
	 */
	public static CompanyTraits forUid(String uid) {
		return new CompanyTraits(Map.of("uid", Arguments.requireText(uid, "uid")));
	}

	/**
	 * Identifies the company by Chameleon ID (updates only).
	 * @param companyId the company ID
	 * @return the traits
	 */
	public static CompanyTraits forCompanyId(String companyId) {
		return new CompanyTraits(Map.of("id", Arguments.requireText(companyId, "companyId")));
	}

	/**
	 * Adds a custom property.
	 * @param name the property name
	 * @param value the value
	 * @return the copy
	 */
	public CompanyTraits with(String name, @Nullable Object value) {
		return new CompanyTraits(plus(Arguments.requireText(name, "name"), value));
	}

}
