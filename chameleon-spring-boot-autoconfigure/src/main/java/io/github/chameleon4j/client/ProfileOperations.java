package io.github.chameleon4j.client;

import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.ProfileDeletion;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

/**
 * User Profiles: look up, list, search, count, create or update ({@link #upsert}, the identify
 * hook, also reachable as {@link HookOperations#identify}), clear and forget.
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
	@GetExchange("/v3/analyze/profiles/{id}") @Envelope("profile")
	Mono<Profile> get(@PathVariable String id);

	/**
	 * {@code GET /v3/analyze/profile?uid=}.
	 * @param uid your user ID
	 * @return the profile
	 */
	@GetExchange("/v3/analyze/profile") @Envelope("profile")
	Mono<Profile> getByUid(@RequestParam String uid);

	/**
	 * {@code GET /v3/analyze/profile?email=}.
	 * @param email the email
	 * @return the profile
	 */
	@GetExchange("/v3/analyze/profile") @Envelope("profile")
	Mono<Profile> getByEmail(@RequestParam String email);

	/**
	 * {@code POST /v3/analyze/profiles}: one page of matching profiles. The documented response
	 * has no cursor; see {@link #searchAll} for how the end is detected.
	 * @param search the criteria
	 * @return the page
	 */
	@PostExchange("/v3/analyze/profiles") @SafeToRepeat @InLane("profiles.search") @Envelope("profiles")
	Mono<Page<Profile>> search(@RequestBody ProfileSearch search);

	/**
	 * Every matching profile, following the cursor (see {@link Page}).
	 * @param search the criteria
	 * @return the profiles, newest first
	 */
	default Flux<Profile> searchAll(ProfileSearch search) {
		Arguments.requireNonNull(search, "search");
		PageRequest start = (search.page() != null) ? search.page() : PageRequest.first();
		return Paginator.byLastId(start, (page) -> search(search.page(page)));
	}

	/**
	 * Every profile, newest first, following the cursor: {@code searchAll(ProfileSearch.all())}.
	 * @return the profiles
	 */
	default Flux<Profile> listAll() {
		return searchAll(ProfileSearch.all());
	}

	/**
	 * {@code POST /v3/analyze/profiles/count}.
	 * @param search the criteria (page ignored)
	 * @return the number of matching profiles
	 */
	@PostExchange("/v3/analyze/profiles/count") @SafeToRepeat @InLane("profiles.search") @Envelope("count")
	Mono<Long> count(@RequestBody ProfileSearch search);

	/**
	 * {@code POST /v3/observe/hooks/profiles} (the identify hook): creates or updates one profile.
	 * Safe to repeat, so retried like a GET.
	 * @param traits identifier and properties
	 * @return the profile's Chameleon ID
	 */
	@PostExchange("/v3/observe/hooks/profiles") @SafeToRepeat @Envelope("profile")
	Mono<IdReference> upsert(@RequestBody ProfileTraits traits);

	/**
	 * {@code POST /v3/observe/hooks/profiles/batch}: creates or updates up to about 10,000 profiles
	 * in one request (a batch over 16 MB fails before sending). Safe to repeat.
	 * @param profiles the profiles (each with {@code uid} or {@code email})
	 * @param createMissing whether unknown users are created ({@code on_model_missing})
	 * @return the receipt, with per-item errors
	 */
	Mono<BatchReceipt> upsertAll(List<ProfileTraits> profiles, boolean createMissing);

	/**
	 * {@code DELETE /v3/edit/profiles/:id}: wipes the profile's history but keeps it.
	 * @param id the Chameleon ID
	 * @return the cleared profile
	 */
	@DeleteExchange("/v3/edit/profiles/{id}") @Envelope("profile")
	Mono<Profile> clear(@PathVariable String id);

	/**
	 * {@code DELETE /v3/edit/profiles?uid=}.
	 * @param uid your user ID
	 * @return the cleared profile
	 */
	@DeleteExchange("/v3/edit/profiles") @Envelope("profile")
	Mono<Profile> clearByUid(@RequestParam String uid);

	/**
	 * {@code DELETE /v3/edit/profiles/:id/forget}: deletes the profile and all its data.
	 * @param id the Chameleon ID
	 * @return the receipt
	 */
	@DeleteExchange("/v3/edit/profiles/{id}/forget") @Envelope(shape = Shape.PROFILE_DELETION)
	Mono<ProfileDeletion> forget(@PathVariable String id);

	/**
	 * {@code DELETE /v3/edit/profiles/forget?uid=}.
	 * @param uid your user ID
	 * @return the receipt
	 */
	@DeleteExchange("/v3/edit/profiles/forget") @Envelope(shape = Shape.PROFILE_DELETION)
	Mono<ProfileDeletion> forgetByUid(@RequestParam String uid);

	/**
	 * {@code DELETE /v3/edit/profiles/forget?email=}.
	 * @param email the email
	 * @return the receipt
	 */
	@DeleteExchange("/v3/edit/profiles/forget") @Envelope(shape = Shape.PROFILE_DELETION)
	Mono<ProfileDeletion> forgetByEmail(@RequestParam String email);

}
