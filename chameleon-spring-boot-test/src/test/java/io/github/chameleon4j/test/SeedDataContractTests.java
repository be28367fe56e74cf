package io.github.chameleon4j.test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.chameleon4j.test.junit.ChameleonEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SeedDataContractTests {

	/** Keys of a full profile that are not custom properties. */
	private static final Set<String> STANDARD = Set.of("id", "created_at", "updated_at", "uid", "company_id",
			"delivery_ids", "company");

	private static final Set<String> MINIMAL_PROFILE = Set.of("email", "role", "plan", "percent",
			"last_seen_session_count");

	private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

	@RegisterExtension
	static ChameleonEmulatorExtension chameleon = new ChameleonEmulatorExtension();

	private static TestHttp http() {
		return new TestHttp(chameleon.emulator());
	}

	@Test
	void defaultFiveHundredProfilePageWeighsOverOneMegabyteInBothSearchForms() {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder().seedProfiles(500).start()) {
			TestHttp http = new TestHttp(emulator);
			TestHttp.Response get = http.get("/v3/analyze/profiles?limit=500");
			TestHttp.Response post = http.post("/v3/analyze/profiles", "{\"limit\":500}");
			assertThat(get.json().get("profiles")).hasSize(500);
			assertThat(bytes(get)).isBetween(1_500_000, 2_500_000);
			assertThat(bytes(post)).isEqualTo(bytes(get));
		}
	}

	@Test
	void everySeededProfileCarriesDozensOfPropertiesOfEveryJsonType() {
		JsonNode profiles = http().get("/v3/analyze/profiles?limit=500").json().get("profiles");
		assertThat(profiles).hasSize(20).allSatisfy((profile) -> {
			Map<String, JsonNode> custom = custom(profile);
			assertThat(custom).hasSizeGreaterThanOrEqualTo(38).containsKeys(MINIMAL_PROFILE.toArray(String[]::new));
			assertThat(custom.values().stream().map(SeedDataContractTests::kind))
				.contains("string", "timestamp", "integer", "decimal", "boolean", "array", "object");
			assertThat(custom.values().stream().filter(JsonNode::isString).mapToInt((value) -> value.asString().length()))
				.anySatisfy((length) -> assertThat(length).isGreaterThanOrEqualTo(200));
			assertThat(custom.values()).anySatisfy((value) -> assertThat(value.isArray()
					&& value.valueStream().allMatch(JsonNode::isNumber)).isTrue());
			assertWithinApiLimits(profile, 0);
		});
		assertThat(profiles.valueStream().flatMap((profile) -> custom(profile).values().stream())
			.filter(JsonNode::isString)
			.mapToInt((value) -> value.asString().length())
			.max()
			.orElseThrow()).isBetween(500, SeedTraits.MAX_TEXT);
	}

	@Test
	void companiesCarryFewerPropertiesThanProfilesButMoreThanTheirNames() {
		JsonNode companies = http().get("/v3/analyze/companies").json().get("companies");
		assertThat(companies).hasSize(5).allSatisfy((company) -> {
			Set<String> names = new HashSet<>(company.propertyNames());
			names.removeAll(Set.of("id", "created_at", "uid"));
			assertThat(names).hasSizeBetween(21, 25).contains("name", "domain", "plan");
			assertThat(company.get("hq").get("geo").get("lat").isFloatingPointNumber()).isTrue();
			assertWithinApiLimits(company, 0);
		});
	}

	@Test
	void minimalSeedDataGivesTheSmallRecords() {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder().seedProfiles(500).seedData(SeedData.MINIMAL).start()) {
			TestHttp http = new TestHttp(emulator);
			TestHttp.Response page = http.get("/v3/analyze/profiles?limit=500");
			assertThat(bytes(page)).isLessThan(250_000);
			assertThat(page.json().get("profiles"))
				.allSatisfy((profile) -> assertThat(custom(profile).keySet()).isEqualTo(MINIMAL_PROFILE));
			assertThat(http.get("/v3/analyze/companies").json().get("companies")).allSatisfy((company) -> assertThat(
					company.propertyNames()).containsExactlyInAnyOrder("id", "created_at", "uid", "name", "domain", "plan"));
			emulator.reset();
			assertThat(custom(http.get("/v3/analyze/profile?uid=user-7").json().get("profile")).keySet())
				.isEqualTo(MINIMAL_PROFILE);
		}
	}

	@Test
	void sameSeedGivesTheSameBytesAndAnotherSeedOtherValues() {
		Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
		String first = page(ChameleonEmulator.builder().clock(clock).seed(7));
		String second = page(ChameleonEmulator.builder().clock(clock).seed(7));
		String other = page(ChameleonEmulator.builder().clock(clock).seed(8));
		assertThat(second).isEqualTo(first);
		JsonNode bio7 = TestHttp.parse(first).get("profiles").get(0).get("bio");
		JsonNode bio8 = TestHttp.parse(other).get("profiles").get(0).get("bio");
		assertThat(bio8).isNotEqualTo(bio7);
	}

	@Test
	void aProfileReadsTheSameInAPageAndAlone() {
		JsonNode listed = http().get("/v3/analyze/profiles?limit=500").json().get("profiles").get(3);
		JsonNode alone = http().get("/v3/analyze/profiles/" + listed.get("id").asString()).json().get("profile");
		assertThat(alone).isEqualTo(listed);
	}

	@Test
	void valuesWrittenThroughTheObserveHookReplaceGeneratedOnesAndStay() {
		JsonNode before = profile("user-3");
		TestHttp.Response written = http().post("/v3/observe/hooks/profiles",
				"{\"uid\":\"user-3\",\"bio\":\"Short bio.\",\"job_title\":\"CTO\",\"address\":{\"city\":\"Lisbon\"},"
						+ "\"seats\":\"12\"}");
		assertThat(written.status()).isEqualTo(200);
		http().post("/v3/observe/hooks/profiles", "{\"uid\":\"user-3\",\"plan\":\"enterprise\"}");
		JsonNode after = profile("user-3");
		assertThat(after.get("bio").asString()).isEqualTo("Short bio.");
		assertThat(after.get("job_title").asString()).isEqualTo("CTO");
		assertThat(after.get("address").propertyNames()).containsExactly("city");
		assertThat(after.get("seats").asInt()).isEqualTo(12);
		assertThat(after.get("plan").asString()).isEqualTo("enterprise");
		for (String untouched : new String[] { "user_agent", "features_used", "preferences", "last_seen_at", "role",
				"email" }) {
			assertThat(after.get(untouched)).as(untouched).isEqualTo(before.get(untouched));
		}
		assertThat(before.get("bio").asString()).isNotEqualTo("Short bio.");
		chameleon.emulator().reset();
		assertThat(profile("user-3")).isEqualTo(before);
	}

	@Test
	void filtersSeeGeneratedAndWrittenValues() {
		String avatar = profile("user-5").get("avatar_url").asString();
		JsonNode generated = http().post("/v3/analyze/profiles",
				"{\"filters\":[{\"kind\":\"property\",\"prop\":\"avatar_url\",\"op\":\"eq\",\"value\":\"" + avatar + "\"}]}")
			.json()
			.get("profiles");
		assertThat(generated).singleElement().satisfies((p) -> assertThat(p.get("uid").asString()).isEqualTo("user-5"));
		http().post("/v3/observe/hooks/profiles", "{\"uid\":\"user-5\",\"avatar_url\":\"https://example.org/a.png\"}");
		String stillOld = "{\"filters\":[{\"kind\":\"property\",\"prop\":\"avatar_url\",\"op\":\"eq\",\"value\":\"" + avatar
				+ "\"}]}";
		assertThat(http().post("/v3/analyze/profiles/count", stillOld).json().get("count").asInt()).isZero();
		String everyBio = "{\"filters\":[{\"kind\":\"property\",\"prop\":\"bio\",\"op\":\"ex\"}]}";
		assertThat(http().post("/v3/analyze/profiles/count", everyBio).json().get("count").asInt()).isEqualTo(20);
	}

	@Test
	void clearingAProfileResetsItsGeneratedBrowserFieldsButKeepsTheRest() {
		JsonNode before = profile("user-4");
		assertThat(before.get("browser_x").isIntegralNumber()).isTrue();
		JsonNode cleared = http().delete("/v3/edit/profiles?uid=user-4").json().get("profile");
		assertThat(cleared.get("browser_x").isNull()).isTrue();
		assertThat(profile("user-4").get("browser_n").isNull()).isTrue();
		assertThat(profile("user-4").get("bio")).isEqualTo(before.get("bio"));
	}

	@Test
	void profilesCreatedThroughTheApiHaveOnlyWhatWasWritten() {
		http().post("/v3/observe/hooks/profiles", "{\"uid\":\"fresh\",\"email\":\"fresh@example.org\"}");
		assertThat(custom(profile("fresh")).keySet()).containsExactlyInAnyOrder("email", "percent");
	}

	private static JsonNode profile(String uid) {
		return http().get("/v3/analyze/profile?uid=" + uid).json().get("profile");
	}

	private static String page(ChameleonEmulator.Builder builder) {
		try (ChameleonEmulator emulator = builder.start()) {
			return new TestHttp(emulator).get("/v3/analyze/profiles?limit=500").body();
		}
	}

	private static int bytes(TestHttp.Response response) {
		return response.body().getBytes(StandardCharsets.UTF_8).length;
	}

	private static Map<String, JsonNode> custom(JsonNode profile) {
		Map<String, JsonNode> custom = new java.util.LinkedHashMap<>();
		profile.properties().forEach((entry) -> {
			if (!STANDARD.contains(entry.getKey())) {
				custom.put(entry.getKey(), entry.getValue());
			}
		});
		return custom;
	}

	private static String kind(JsonNode value) {
		if (value.isString()) {
			return TIMESTAMP.matcher(value.asString()).matches() ? "timestamp" : "string";
		}
		if (value.isIntegralNumber()) {
			return "integer";
		}
		if (value.isFloatingPointNumber()) {
			return "decimal";
		}
		return value.isBoolean() ? "boolean" : value.isArray() ? "array" : value.isObject() ? "object" : "null";
	}

	/** API §1.8: scalars up to 768 bytes, hashes nested up to 3 levels and never inside arrays. */
	private static void assertWithinApiLimits(JsonNode value, int depth) {
		if (value.isString()) {
			assertThat(value.asString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(768);
		}
		if (value.isArray()) {
			assertThat(value.valueStream()).noneMatch(JsonNode::isObject);
		}
		if (value.isObject() && depth > 0) {
			assertThat(depth).isLessThanOrEqualTo(3);
		}
		value.valueStream().forEach((child) -> assertWithinApiLimits(child, value.isObject() ? depth + 1 : depth));
	}

}
