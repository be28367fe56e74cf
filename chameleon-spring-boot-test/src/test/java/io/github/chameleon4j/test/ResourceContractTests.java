package io.github.chameleon4j.test;

import io.github.chameleon4j.test.junit.ChameleonEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceContractTests {

	@RegisterExtension
	static ChameleonEmulatorExtension chameleon = new ChameleonEmulatorExtension();

	private TestHttp http() {
		return new TestHttp(chameleon.emulator());
	}

	private String user(int index) {
		return chameleon.emulator().data().profileIdByUid("user-" + index).orElseThrow();
	}

	@Test
	void profileByIdHasFullFormWithCustomPropertiesAndCompactCompany() {
		JsonNode profile = http().get("/v3/analyze/profiles/" + user(1)).json().get("profile");
		assertThat(profile.get("uid").asString()).isEqualTo("user-1");
		assertThat(profile.get("email").asString()).isEqualTo("user-1@example.org");
		assertThat(profile.has("role")).isTrue();
		assertThat(profile.get("delivery_ids").isArray()).isTrue();
		assertThat(profile.get("company").propertyNames()).containsExactly("id", "created_at", "uid");
		assertThat(http().post("/v3/analyze/profile", "{\"email\":\"user-2@example.org\"}").json().get("profile")
			.get("uid").asString()).isEqualTo("user-2");
	}

	@Test
	void searchAndCountHonourFilters() {
		String filters = "{\"filters\":[{\"kind\":\"property\",\"prop\":\"role\",\"op\":\"eq\",\"value\":\"owner\"}]}";
		JsonNode profiles = http().post("/v3/analyze/profiles", filters).json().get("profiles");
		assertThat(profiles).isNotEmpty().allSatisfy((p) -> assertThat(p.get("role").asString()).isEqualTo("owner"));
		JsonNode count = http().post("/v3/analyze/profiles/count", filters).json();
		assertThat(count.get("count").asInt()).isEqualTo(profiles.size());
		assertThat(http().get("/v3/analyze/profiles/count").json().get("count").asInt()).isEqualTo(20);
		String bad = "{\"filters\":[{\"kind\":\"property\",\"prop\":\"role\",\"op\":\"like\",\"value\":\"x\"}]}";
		assertThat(http().post("/v3/analyze/profiles", bad).status()).isEqualTo(422);
	}

	@Test
	void searchBySegmentAndMinimalExpansion() {
		String owners = chameleon.emulator().data().segmentIds().get(0);
		JsonNode profiles = http().get("/v3/analyze/profiles?segment_id=" + owners + "&expand[profile]=min&expand[company]=skip")
			.json()
			.get("profiles");
		assertThat(profiles).isNotEmpty()
			.allSatisfy((p) -> assertThat(p.propertyNames()).containsExactly("id", "created_at", "updated_at", "uid"));
	}

	@Test
	void clearResetsAndForgetDeletes() {
		JsonNode cleared = http().delete("/v3/edit/profiles?uid=user-3").json().get("profile");
		assertThat(cleared.get("last_seen_session_count").isNull()).isTrue();
		assertThat(cleared.get("last_cleared_at").isString()).isTrue();
		String fourth = user(4);
		JsonNode forgotten = http().delete("/v3/edit/profiles/" + fourth + "/forget").json();
		assertThat(forgotten.get("profile").get("id").asString()).isEqualTo(fourth);
		assertThat(forgotten.get("deletion").get("id").asString()).matches("[0-9a-f]{24}");
		assertThat(http().get("/v3/analyze/profile?uid=user-4").status()).isEqualTo(404);
		assertThat(http().delete("/v3/edit/profiles/forget?email=user-5@example.org").status()).isEqualTo(200);
		assertThat(http().delete("/v3/edit/profiles/forget").status()).isEqualTo(422);
	}

	@Test
	void toursCanBePublishedUnpublishedAndTagged() {
		String tour = chameleon.emulator().data().unpublishedTourId();
		JsonNode published = http().patch("/v3/edit/tours/" + tour, "{\"published_at\":\"2030-05-01T09:00:00Z\"}")
			.json()
			.get("tour");
		assertThat(published.get("published_at").asString()).isEqualTo("2030-05-01T09:00:00Z");
		String tag = "65e1f2a3b4c5d6e7f8091a3c";
		assertThat(http().patch("/v3/edit/tours/" + tour, "{\"tag_id\":\"+" + tag + "\"}").json().get("tour")
			.get("tag_ids").get(0).asString()).isEqualTo(tag);
		assertThat(http().patch("/v3/edit/tours/" + tour, "{\"tag_id\":\"-" + tag + "\"}").json().get("tour")
			.get("tag_ids")).isEmpty();
		assertThat(http().patch("/v3/edit/tours/" + tour, "{\"url_group_id\":\"" + tag + "\"}").status()).isEqualTo(422);
		JsonNode unpublished = http().patch("/v3/edit/tours/" + tour, "{\"published_at\":null}").json().get("tour");
		assertThat(unpublished.get("published_at").isNull()).isTrue();
	}

	@Test
	void surveysListAndGet() {
		JsonNode surveys = http().get("/v3/edit/surveys").json();
		assertThat(surveys.get("surveys")).hasSize(4);
		String id = surveys.get("surveys").get(0).get("id").asString();
		assertThat(http().get("/v3/edit/surveys/" + id).json().get("survey").get("id").asString()).isEqualTo(id);
	}

	@Test
	void segmentExperiencesAcceptSingularAndPluralKind() {
		String segment = chameleon.emulator().data().segmentIds().get(0);
		JsonNode singular = http().get("/v3/edit/segments/" + segment + "/tour").json();
		JsonNode plural = http().get("/v3/edit/segments/" + segment + "/tours").json();
		assertThat(singular.get("segment").get("id").asString()).isEqualTo(segment);
		assertThat(singular.get("tours")).hasSize(2).isEqualTo(plural.get("tours"));
		assertThat(singular.has("cursor")).isTrue();
		assertThat(http().get("/v3/edit/segments/" + segment + "/banana").status()).isEqualTo(422);
		assertThat(http().get("/v3/edit/segments/" + segment).json().get("segment").get("items")).hasSize(1);
	}

	@Test
	void interactionsAndResponsesNeedTheExperienceId() {
		String tour = chameleon.emulator().data().publishedTourId();
		JsonNode interactions = http().get("/v3/analyze/interactions?id=" + tour + "&limit=3").json();
		assertThat(interactions.get("interactions")).hasSize(3)
			.allSatisfy((i) -> assertThat(i.get("tour_id").asString()).isEqualTo(tour));
		assertThat(interactions.get("interactions").get(0).get("profile").has("uid")).isTrue();
		assertThat(http().get("/v3/analyze/interactions").status()).isEqualTo(422);
		String survey = chameleon.emulator().data().publishedSurveyId();
		JsonNode responses = http().get("/v3/analyze/responses?id=" + survey + "&expand[profile]=skip").json();
		assertThat(responses.get("responses")).hasSize(20);
		assertThat(responses.get("responses").get(0).has("profile")).isFalse();
		String responseId = responses.get("responses").get(0).get("id").asString();
		assertThat(http().delete("/v3/edit/responses/" + responseId).json().get("response").get("id").asString())
			.isEqualTo(responseId);
		assertThat(http().delete("/v3/edit/responses/" + responseId).status()).isEqualTo(404);
	}

	@Test
	void companiesByIdUidAndSearch() {
		String id = chameleon.emulator().data().companyIdByUid("acct-2").orElseThrow();
		assertThat(http().get("/v3/analyze/companies/" + id).json().get("company").get("uid").asString())
			.isEqualTo("acct-2");
		assertThat(http().get("/v3/analyze/company?uid=acct-2").json().get("company").get("id").asString())
			.isEqualTo(id);
		JsonNode found = http()
			.post("/v3/analyze/companies",
					"{\"filters\":[{\"kind\":\"property\",\"prop\":\"uid\",\"op\":\"eq\",\"value\":\"acct-2\"}]}")
			.json();
		assertThat(found.get("companies")).hasSize(1);
		assertThat(http().get("/v3/analyze/company").status()).isEqualTo(422);
	}

}
