package io.github.chameleon4j.test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.chameleon4j.test.Records.Experience;
import io.github.chameleon4j.test.Records.Profile;

/**
 * The emulated account's data, for preparing and checking test state without going through HTTP. Obtain it from
 * {@link ChameleonEmulator#data()}; it always reflects the current state (also after {@link ChameleonEmulator#reset()}).
 * <p>
 * Seeded data: profiles {@code user-1}..{@code user-N} (email {@code user-<i>@example.org}, custom properties
 * {@code role}, {@code plan}, {@code percent}, {@code last_seen_session_count}; every fifth without a company);
 * companies {@code acct-1}..{@code acct-M} ({@code name}, {@code domain}, {@code plan}); segments "Owners",
 * "Pro plan", "Everyone"; six tours (the third and sixth unpublished); four microsurveys (the fourth unpublished);
 * interactions and responses of the first 25 profiles for every tour and microsurvey.
 * <p>
 * With {@link SeedData#REALISTIC} (the default) every seeded profile also carries 33 to 43 generated custom
 * properties like a real account's: {@code name}, {@code job_title}, the browser fields ({@code browser_x},
 * {@code browser_n}, ...), timestamps ({@code last_seen_at}, {@code signed_up_at}, ...), counts and amounts
 * ({@code login_count}, {@code mrr}, ...), booleans, arrays ({@code features_used}, {@code recent_project_ids}),
 * long strings ({@code bio} and {@code notes} up to 600 characters, {@code user_agent}, URLs) and nested hashes
 * ({@code address.geo}, {@code preferences.notifications}, {@code onboarding}, {@code utm}); companies get 18 to 22
 * ({@code industry}, {@code arr}, {@code description}, {@code hq}, ...). Measured with seed 42: a 500-profile page
 * ({@code GET /v3/analyze/profiles?limit=500} or its POST form) is 1 753 490 bytes of JSON (1.67 MiB), 3.5 KB per
 * profile; a company 1.4 KB. The values depend only on the seed, the record's index and the instant the
 * emulator was built (timestamps count back from it), and are computed when a profile is read, so 100 000 seeded profiles
 * hold no more heap than with {@link SeedData#MINIMAL}; a value written through the API (or {@link #upsertProfile})
 * replaces the generated one for reads and filters until {@link ChameleonEmulator#reset()}. With
 * {@link SeedData#MINIMAL} the same page is 177 899 bytes (356 bytes per profile).
 */
public final class EmulatorData {

	private final Supplier<Routes> routes;

	EmulatorData(Supplier<Routes> routes) {
		this.routes = routes;
	}

	private EmulatorStore store() {
		return this.routes.get().context().store;
	}

	public String accountId() {
		return store().accountId;
	}

	/** Seeded tour IDs, oldest first. */
	public List<String> tourIds() {
		return List.copyOf(store().tourOrder);
	}

	/** Seeded microsurvey IDs, oldest first. */
	public List<String> surveyIds() {
		return List.copyOf(store().surveyOrder);
	}

	/** Seeded segment IDs, oldest first. */
	public List<String> segmentIds() {
		return List.copyOf(store().segmentOrder);
	}

	public String publishedTourId() {
		return find(store().tourOrder, "tour", true);
	}

	public String unpublishedTourId() {
		return find(store().tourOrder, "tour", false);
	}

	public String publishedSurveyId() {
		return find(store().surveyOrder, "survey", true);
	}

	public String unpublishedSurveyId() {
		return find(store().surveyOrder, "survey", false);
	}

	private String find(List<String> ids, String kind, boolean published) {
		for (String id : ids) {
			Experience experience = store().experience(kind, id);
			if (experience != null && (experience.publishedAt() != null) == published) {
				return id;
			}
		}
		throw new IllegalStateException("No " + (published ? "published " : "unpublished ") + kind + " left");
	}

	/** Publishes or unpublishes a tour or microsurvey. */
	public void setPublished(String experienceId, boolean published) {
		EmulatorStore store = store();
		synchronized (store) {
			Experience experience = (store.tours.containsKey(experienceId)) ? store.tours.get(experienceId)
					: store.surveys.get(experienceId);
			if (experience == null) {
				throw new IllegalArgumentException("No tour or microsurvey with id " + experienceId);
			}
			store.putExperience(experience.with(experience.updatedAt(), published ? experience.createdAt() : null,
					experience.tagIds(), experience.urlGroupIds()));
		}
	}

	public int profileCount() {
		return store().profiles.size();
	}

	public int companyCount() {
		return store().companies.size();
	}

	public Optional<String> profileIdByUid(String uid) {
		return Optional.ofNullable(store().profileByUid(uid)).map(Profile::id);
	}

	public Optional<String> companyIdByUid(String uid) {
		return Optional.ofNullable(store().companyByUid(uid)).map(Records.Company::id);
	}

	/** The profile as {@code GET /v3/analyze/profiles/:id} would return it (without company), if it exists. */
	public Optional<Map<String, Object>> profile(String id) {
		Routes current = this.routes.get();
		return Optional.ofNullable(current.context().store.profiles.get(id))
			.map((profile) -> current.context().views.profile(profile, "all", "skip"));
	}

	/** Creates or updates a profile like {@code POST /v3/observe/hooks/profiles}; returns its ID. */
	public String upsertProfile(Map<String, Object> attributes) {
		try {
			return this.routes.get().observe().upsertProfile(attributes, true).id();
		}
		catch (ApiError ex) {
			throw new IllegalArgumentException("attributes need one of uid, email or id");
		}
	}

	/** The pending delivery IDs ({@code delivery_ids}) of a profile, in order. */
	public List<String> pendingDeliveryIds(String profileId) {
		Profile profile = store().profiles.get(profileId);
		if (profile == null) {
			throw new IllegalArgumentException("No profile with id " + profileId);
		}
		return profile.deliveryIds();
	}

	public int deliveryCount() {
		return store().deliveries.size();
	}

	/** Marks a pending delivery as shown now, so that it can no longer be changed (409); false if not pending. */
	public boolean triggerDelivery(String deliveryId) {
		return this.routes.get().deliveries().trigger(deliveryId);
	}

	/** Events received by the events hook, oldest first. */
	public List<TrackedEvent> events() {
		return List.copyOf(store().events);
	}

}
