package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.ProfileDeletion;

/**
 * User Profiles: look up, search, count, clear and forget. Profiles are created and updated
 * through {@link HookOperations#identify}.
 * <p>
 * Search and count share one exclusive lane: Chameleon allows very few of them in flight
 * (the reference says 1 or 2), so the client never runs two at a time.
 */
public interface ProfileOperations {

	/**
	 * {@code GET /v3/analyze/profiles/:id}.
	 * @param id the Chameleon ID
	 * @return the profile; {@code ChameleonNotFoundException} when unknown
	 */
	Mono<Profile> get(String id);

	/**
	 * {@code GET /v3/analyze/profile?uid=}.
	 * @param uid your user ID
	 * @return the profile
	 */
	Mono<Profile> getByUid(String uid);

	/**
	 * {@code GET /v3/analyze/profile?email=}.
	 * @param email the email
	 * @return the profile
	 */
	Mono<Profile> getByEmail(String email);

	/**
	 * {@code POST /v3/analyze/profiles}: one page of matching profiles. The documented response
	 * has no cursor; see {@link #searchAll} for how the end is detected.
	 * @param search the criteria
	 * @return the page
	 */
	Mono<Page<Profile>> search(ProfileSearch search);

	/**
	 * Every matching profile, following the cursor (see {@link Page}).
	 * @param search the criteria
	 * @return the profiles, newest first
	 */
	Flux<Profile> searchAll(ProfileSearch search);

	/**
	 * {@code POST /v3/analyze/profiles/count}.
	 * @param search the criteria (page ignored)
	 * @return the number of matching profiles
	 */
	Mono<Long> count(ProfileSearch search);

	/**
	 * {@code DELETE /v3/edit/profiles/:id}: wipes the profile's history but keeps it.
	 * @param id the Chameleon ID
	 * @return the cleared profile
	 */
	Mono<Profile> clear(String id);

	/**
	 * {@code DELETE /v3/edit/profiles?uid=}.
	 * @param uid your user ID
	 * @return the cleared profile
	 */
	Mono<Profile> clearByUid(String uid);

	/**
	 * {@code DELETE /v3/edit/profiles/:id/forget}: deletes the profile and all its data.
	 * @param id the Chameleon ID
	 * @return the receipt
	 */
	Mono<ProfileDeletion> forget(String id);

	/**
	 * {@code DELETE /v3/edit/profiles/forget?uid=}.
	 * @param uid your user ID
	 * @return the receipt
	 */
	Mono<ProfileDeletion> forgetByUid(String uid);

	/**
	 * {@code DELETE /v3/edit/profiles/forget?email=}.
	 * @param email the email
	 * @return the receipt
	 */
	Mono<ProfileDeletion> forgetByEmail(String email);

}
