package io.github.chameleon4j.client.blocking;

import java.util.List;

import io.github.chameleon4j.client.HookOperations;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.TrackedEvent;

/**
 * The observe hooks, blocking: {@link HookOperations} with plain results.
 */
public interface BlockingHookOperations {

	/** {@link HookOperations#identify}. @param traits identifier and properties @return the profile's Chameleon ID */
	IdReference identify(ProfileTraits traits);

	/**
	 * {@link HookOperations#identifyAll}.
	 * @param profiles the profiles
	 * @param createMissing whether unknown users are created
	 * @return the receipt
	 */
	BatchReceipt identifyAll(List<ProfileTraits> profiles, boolean createMissing);

	/**
	 * {@link HookOperations#upsertCompany}.
	 * @param traits identifier and properties
	 * @return the company's Chameleon ID
	 */
	IdReference upsertCompany(CompanyTraits traits);

	/**
	 * {@link HookOperations#upsertCompanies}.
	 * @param companies the companies
	 * @param createMissing whether unknown companies are created
	 * @return the receipt
	 */
	BatchReceipt upsertCompanies(List<CompanyTraits> companies, boolean createMissing);

	/** {@link HookOperations#track}. @param event the event @return the event's ID */
	IdReference track(TrackedEvent event);

}
