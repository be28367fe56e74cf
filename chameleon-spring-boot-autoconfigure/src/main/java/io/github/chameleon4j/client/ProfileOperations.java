package io.github.chameleon4j.client;

import java.util.List;

import org.reactivestreams.Publisher;
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
import io.github.chameleon4j.client.sync.BulkSync;
import io.github.chameleon4j.client.sync.SyncOptions;
import io.github.chameleon4j.client.sync.SyncResult;

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

	/**
	 * Streams profiles into Chameleon through the profile batch hook with {@link SyncOptions#defaults()}: batches of up
	 * to 10 000 items or 95 % of 16 MB, a partial batch sent once the input is quiet for 500 ms, two batches in
	 * flight. See {@link #sync(Publisher, SyncOptions)}.
	 * @param profiles the profiles (read only as fast as batches leave)
	 * @return one result per input item
	 */
	default Flux<SyncResult<ProfileTraits>> sync(Publisher<? extends ProfileTraits> profiles) {
		return sync(profiles, SyncOptions.defaults());
	}

	/**
	 * Streams profiles into Chameleon through the profile batch hook ({@code POST /v3/observe/hooks/profiles/batch}),
	 * one {@link SyncResult} per input item, carrying the caller's own item: batched by count and bytes, paced and
	 * retried like every call, a 413 split in half, Chameleon's per-item errors mapped back to the items. See
	 * {@link BulkSync} for the rules.
	 * <pre>{@code
	 * chameleon.profiles().sync(Flux.fromIterable(rows).map(this::traits), SyncOptions.defaults().withCreateMissing(false))
	 *     .filter((result) -> !result.isAccepted())
	 *     .subscribe((result) -> log.warn("not synced: #{} {}", result.index(), result.error().getMessage()));
	 * }</pre>
	 * @param profiles the profiles (read only as fast as batches leave)
	 * @param options the batching options
	 * @return one result per input item
	 * @throws IllegalArgumentException when an argument is null
	 */
	default Flux<SyncResult<ProfileTraits>> sync(Publisher<? extends ProfileTraits> profiles, SyncOptions options) {
		Arguments.requireNonNull(profiles, "profiles");
		Arguments.requireNonNull(options, "options");
		return BulkSync.<ProfileTraits>of("profiles", options, (batch) -> upsertAll(batch, options.createMissing())).sync(profiles);
	}

}
