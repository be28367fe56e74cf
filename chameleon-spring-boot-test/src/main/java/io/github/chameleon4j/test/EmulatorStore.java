package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;

import io.github.chameleon4j.test.Records.Company;
import io.github.chameleon4j.test.Records.Delivery;
import io.github.chameleon4j.test.Records.Experience;
import io.github.chameleon4j.test.Records.Interaction;
import io.github.chameleon4j.test.Records.Profile;
import io.github.chameleon4j.test.Records.Segment;
import io.github.chameleon4j.test.Records.SurveyResponse;

/**
 * The emulated account's data. Maps are keyed by ID, whose order is creation order, so a descending view is the
 * API's newest-first order. Reads are lock-free; every change holds the store's monitor so that related maps
 * (profiles and their indexes, deliveries and {@code delivery_ids}) stay consistent.
 */
final class EmulatorStore {

	static final int TOURS = 6;

	static final int SURVEYS = 4;

	private static final String[] ROLES = { "owner", "admin", "member" };

	private static final String[] PLANS = { "free", "pro", "enterprise" };

	private static final String[] STATES = { "started", "completed", "exited", "displayed" };

	private static final int EXPERIENCE_RECORDS_PER_PROFILE_LIMIT = 25;

	final ObjectIds ids = new ObjectIds();

	final ConcurrentSkipListMap<String, Profile> profiles = new ConcurrentSkipListMap<>();

	final Map<String, String> profileIdByUid = new ConcurrentHashMap<>();

	final Map<String, String> profileIdByEmail = new ConcurrentHashMap<>();

	final ConcurrentSkipListMap<String, Company> companies = new ConcurrentSkipListMap<>();

	final Map<String, String> companyIdByUid = new ConcurrentHashMap<>();

	final ConcurrentSkipListMap<String, Segment> segments = new ConcurrentSkipListMap<>();

	final ConcurrentSkipListMap<String, Experience> tours = new ConcurrentSkipListMap<>();

	final ConcurrentSkipListMap<String, Experience> surveys = new ConcurrentSkipListMap<>();

	final ConcurrentSkipListMap<String, Interaction> interactions = new ConcurrentSkipListMap<>();

	final ConcurrentSkipListMap<String, SurveyResponse> responses = new ConcurrentSkipListMap<>();

	final ConcurrentSkipListMap<String, Delivery> deliveries = new ConcurrentSkipListMap<>();

	final ConcurrentLinkedQueue<TrackedEvent> events = new ConcurrentLinkedQueue<>();

	final List<String> tourOrder = new ArrayList<>();

	final List<String> surveyOrder = new ArrayList<>();

	final List<String> segmentOrder = new ArrayList<>();

	final String accountId;

	final String userId;

	/**
	 * Seeds a deterministic data set whose records were all created before {@code epoch}, one second apart. With
	 * {@link SeedData#REALISTIC} the records also get the generated properties of {@link SeededProperties}: companies
	 * store them (there are few), profiles compute them when read.
	 */
	EmulatorStore(Instant epoch, long seed, int profileCount, int companyCount, SeedData seedData) {
		Random random = new Random(seed);
		SeededProperties seeded = (seedData == SeedData.REALISTIC) ? new SeededProperties(seed, epoch) : null;
		int engaged = Math.min(profileCount, EXPERIENCE_RECORDS_PER_PROFILE_LIMIT);
		long records = 2L + 3 + companyCount + TOURS + SURVEYS + profileCount + (long) engaged * (TOURS + SURVEYS);
		Instant[] clock = { epoch.minusSeconds(records + 1) };
		this.accountId = this.ids.next(tick(clock));
		this.userId = this.ids.next(tick(clock));
		seedSegments(clock);
		List<String> companyIds = new ArrayList<>(companyCount);
		for (int i = 1; i <= companyCount; i++) {
			Instant created = tick(clock);
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("name", "Company " + i);
			props.put("domain", "acct-" + i + ".example");
			props.put("plan", PLANS[i % PLANS.length]);
			if (seeded != null) {
				props.putAll(seeded.company(i));
			}
			Company company = new Company(this.ids.next(created), created, "acct-" + i, props);
			this.companies.put(company.id(), company);
			this.companyIdByUid.put(company.uid(), company.id());
			companyIds.add(company.id());
		}
		for (int i = 1; i <= TOURS; i++) {
			Experience tour = experience("tour", "Tour " + i, i, i % 3 != 0, tick(clock));
			this.tours.put(tour.id(), tour);
			this.tourOrder.add(tour.id());
		}
		for (int i = 1; i <= SURVEYS; i++) {
			Experience survey = experience("survey", "Microsurvey " + i, i, i != SURVEYS, tick(clock));
			this.surveys.put(survey.id(), survey);
			this.surveyOrder.add(survey.id());
		}
		List<String> engagedProfiles = new ArrayList<>(engaged);
		for (int i = 1; i <= profileCount; i++) {
			Instant created = tick(clock);
			String companyId = (companyCount > 0 && i % 5 != 0) ? companyIds.get((i - 1) % companyCount) : null;
			Map<String, Object> props = Map.of("email", "user-" + i + "@example.org", "role", ROLES[i % ROLES.length],
					"plan", PLANS[(i / 3) % PLANS.length], "percent", Math.round(random.nextDouble() * 10000) / 100.0,
					"last_seen_session_count", i % 40);
			Profile profile = new Profile(this.ids.next(created), created, created, "user-" + i, companyId, List.of(),
					props, seeded, i);
			index(profile);
			if (engagedProfiles.size() < engaged) {
				engagedProfiles.add(profile.id());
			}
		}
		for (String tourId : this.tourOrder) {
			for (int p = 0; p < engagedProfiles.size(); p++) {
				Instant created = tick(clock);
				Interaction interaction = new Interaction(this.ids.next(created), created, created, tourId,
						engagedProfiles.get(p), STATES[p % STATES.length]);
				this.interactions.put(interaction.id(), interaction);
			}
		}
		for (String surveyId : this.surveyOrder) {
			for (String profileId : engagedProfiles) {
				Instant created = tick(clock);
				int score = random.nextInt(11);
				SurveyResponse response = new SurveyResponse(this.ids.next(created), created, surveyId, profileId,
						String.valueOf(score), score);
				this.responses.put(response.id(), response);
			}
		}
	}

	private static Instant tick(Instant[] clock) {
		clock[0] = clock[0].plusSeconds(1);
		return clock[0];
	}

	private void seedSegments(Instant[] clock) {
		segment("Owners", List.of(filter("role", "owner")), tick(clock));
		segment("Pro plan", List.of(filter("plan", "pro")), tick(clock));
		segment("Everyone", List.of(), tick(clock));
	}

	private Map<String, Object> filter(String prop, String value) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("kind", "property");
		item.put("prop", prop);
		item.put("op", "eq");
		item.put("value", value);
		return item;
	}

	private void segment(String name, List<Map<String, Object>> items, Instant created) {
		String id = this.ids.next(created);
		List<Map<String, Object>> stored = new ArrayList<>();
		for (Map<String, Object> item : items) {
			Map<String, Object> withId = new LinkedHashMap<>();
			withId.put("id", this.ids.next(created));
			withId.putAll(item);
			stored.add(withId);
		}
		this.segments.put(id, new Segment(id, created, created, name, "and", List.copyOf(stored)));
		this.segmentOrder.add(id);
	}

	private Experience experience(String kind, String name, int position, boolean published, Instant created) {
		String segmentId = this.segmentOrder.get((position - 1) % this.segmentOrder.size());
		return new Experience(kind, this.ids.next(created), created, created, name, position - 1,
				published ? created : null, List.of(segmentId), List.of(), List.of());
	}

	/** Stores a profile and refreshes its uid/email indexes. Callers hold the monitor for updates. */
	void index(Profile profile) {
		Profile previous = this.profiles.put(profile.id(), profile);
		if (previous != null && previous.email() != null && !previous.email().equals(profile.email())) {
			this.profileIdByEmail.remove(previous.email());
		}
		if (profile.uid() != null) {
			this.profileIdByUid.put(profile.uid(), profile.id());
		}
		if (profile.email() != null) {
			this.profileIdByEmail.put(profile.email(), profile.id());
		}
	}

	/** Removes a profile with everything that belongs to it. Callers hold the monitor. */
	void forget(Profile profile) {
		this.profiles.remove(profile.id());
		if (profile.uid() != null) {
			this.profileIdByUid.remove(profile.uid());
		}
		if (profile.email() != null) {
			this.profileIdByEmail.remove(profile.email());
		}
		this.deliveries.values().removeIf((delivery) -> delivery.profileId().equals(profile.id()));
		this.interactions.values().removeIf((interaction) -> interaction.profileId().equals(profile.id()));
		this.responses.values().removeIf((response) -> response.profileId().equals(profile.id()));
	}

	Profile profileByUid(String uid) {
		String id = (uid != null) ? this.profileIdByUid.get(uid) : null;
		return (id != null) ? this.profiles.get(id) : null;
	}

	Profile profileByEmail(String email) {
		String id = (email != null) ? this.profileIdByEmail.get(email) : null;
		return (id != null) ? this.profiles.get(id) : null;
	}

	Company companyByUid(String uid) {
		String id = (uid != null) ? this.companyIdByUid.get(uid) : null;
		return (id != null) ? this.companies.get(id) : null;
	}

	Experience experience(String kind, String id) {
		if (id == null) {
			return null;
		}
		return "survey".equals(kind) ? this.surveys.get(id) : this.tours.get(id);
	}

	void putExperience(Experience experience) {
		if ("survey".equals(experience.kind())) {
			this.surveys.put(experience.id(), experience);
		}
		else {
			this.tours.put(experience.id(), experience);
		}
	}

}
