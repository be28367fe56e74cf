package io.github.chameleon4j.test;

import io.github.chameleon4j.test.junit.ChameleonEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryContractTests {

	@RegisterExtension
	static ChameleonEmulatorExtension chameleon = new ChameleonEmulatorExtension();

	private TestHttp http() {
		return new TestHttp(chameleon.emulator());
	}

	private String create(String kind, String modelId, String target, String extra) {
		return "{\"model_kind\":\"" + kind + "\",\"model_id\":\"" + modelId + "\"," + target + extra + "}";
	}

	private String tour() {
		return chameleon.emulator().data().publishedTourId();
	}

	@Test
	void createAnswers201AndAddsToPendingList() {
		TestHttp.Response response = http().post("/v3/edit/deliveries",
				create("tour", tour(), "\"uid\":\"user-3\"", ",\"until\":\"+14d\",\"options\":{\"headline\":\"Hi\"}"));
		assertThat(response.status()).isEqualTo(201);
		JsonNode delivery = response.json().get("delivery");
		assertThat(delivery.get("model_kind").asString()).isEqualTo("tour");
		assertThat(delivery.get("at").isNull()).isTrue();
		assertThat(delivery.get("skip_triggers").asBoolean()).isTrue();
		assertThat(delivery.get("options").get("headline").asString()).isEqualTo("Hi");
		String profileId = chameleon.emulator().data().profileIdByUid("user-3").orElseThrow();
		assertThat(delivery.get("profile_id").asString()).isEqualTo(profileId);
		assertThat(chameleon.emulator().data().pendingDeliveryIds(profileId))
			.containsExactly(delivery.get("id").asString());
		assertThat(http().get("/v3/edit/deliveries/" + delivery.get("id").asString()).status()).isEqualTo(200);
		assertThat(http().get("/v3/edit/deliveries?profile_id=" + profileId).json().get("deliveries")).hasSize(1);
	}

	@Test
	void sameIdempotencyKeyAnswers200WithTheExistingDelivery() {
		String body = create("survey", chameleon.emulator().data().publishedSurveyId(), "\"email\":\"user-4@example.org\"",
				",\"idempotency_key\":\"k-1\"");
		TestHttp.Response first = http().post("/v3/edit/deliveries", body);
		TestHttp.Response second = http().post("/v3/edit/deliveries", body);
		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("delivery").get("id").asString())
			.isEqualTo(first.json().get("delivery").get("id").asString());
		assertThat(chameleon.emulator().data().deliveryCount()).isEqualTo(1);
	}

	@Test
	void unpublishedExperienceIs409() {
		TestHttp.Response response = http().post("/v3/edit/deliveries",
				create("tour", chameleon.emulator().data().unpublishedTourId(), "\"uid\":\"user-1\"", ""));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("messages").get(0).asString()).isEqualTo(
				"Conflict: Please check the preconditions in the API docs https://developers.chameleon.io");
	}

	@Test
	void fourthPendingDeliveryIs409UnlessDropped() {
		for (int i = 0; i < 3; i++) {
			assertThat(http().post("/v3/edit/deliveries", create("tour", tour(), "\"uid\":\"user-5\"", "")).status())
				.isEqualTo(201);
		}
		assertThat(http().post("/v3/edit/deliveries", create("tour", tour(), "\"uid\":\"user-5\"", "")).status())
			.isEqualTo(409);
		String profileId = chameleon.emulator().data().profileIdByUid("user-5").orElseThrow();
		String oldestPending = chameleon.emulator().data().pendingDeliveryIds(profileId).get(2);
		TestHttp.Response dropped = http().post("/v3/edit/deliveries",
				create("tour", tour(), "\"uid\":\"user-5\"", ",\"delivery_ids_at_limit\":\"drop\""));
		assertThat(dropped.status()).isEqualTo(201);
		assertThat(chameleon.emulator().data().pendingDeliveryIds(profileId)).hasSize(3)
			.startsWith(dropped.json().get("delivery").get("id").asString())
			.doesNotContain(oldestPending);
	}

	@Test
	void deliveryIdsLimitLowersTheCap() {
		http().post("/v3/edit/deliveries", create("tour", tour(), "\"uid\":\"user-6\"", ""));
		assertThat(http().post("/v3/edit/deliveries",
				create("tour", tour(), "\"uid\":\"user-6\"", ",\"delivery_ids_limit\":1")).status())
			.isEqualTo(409);
		assertThat(http().post("/v3/edit/deliveries",
				create("tour", tour(), "\"uid\":\"user-6\"", ",\"delivery_ids_limit\":4")).status())
			.isEqualTo(422);
	}

	@Test
	void missingRequiredParametersAre422() {
		assertThat(http().post("/v3/edit/deliveries", "{\"model_id\":\"" + tour() + "\",\"uid\":\"user-1\"}").status())
			.isEqualTo(422);
		assertThat(http().post("/v3/edit/deliveries", "{\"model_kind\":\"tour\",\"uid\":\"user-1\"}").status())
			.isEqualTo(422);
		assertThat(http().post("/v3/edit/deliveries", "{\"model_kind\":\"tour\",\"model_id\":\"" + tour() + "\"}")
			.status()).isEqualTo(422);
		assertThat(http().post("/v3/edit/deliveries", create("tour", tour(), "\"uid\":\"user-1\"",
				",\"from\":\"2030-02-01\",\"until\":\"2030-01-01\"")).status()).isEqualTo(422);
	}

	@Test
	void unknownExperienceOrProfileIs404() {
		assertThat(http().post("/v3/edit/deliveries",
				create("tour", "000000000000000000000000", "\"uid\":\"user-1\"", "")).status()).isEqualTo(404);
		assertThat(http().post("/v3/edit/deliveries", create("tour", tour(), "\"uid\":\"nobody\"", "")).status())
			.isEqualTo(404);
	}

	@Test
	void triggeredDeliveryCannotBeUpdatedOrDeleted() {
		String id = http().post("/v3/edit/deliveries", create("tour", tour(), "\"uid\":\"user-7\"", ""))
			.json()
			.get("delivery")
			.get("id")
			.asString();
		TestHttp.Response updated = http().patch("/v3/edit/deliveries/" + id, "{\"until\":\"2031-01-01\"}");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("delivery").get("until").asString()).isEqualTo("2031-01-01T00:00:00Z");
		assertThat(chameleon.emulator().data().triggerDelivery(id)).isTrue();
		assertThat(http().patch("/v3/edit/deliveries/" + id, "{\"once\":true}").status()).isEqualTo(409);
		assertThat(http().delete("/v3/edit/deliveries/" + id).status()).isEqualTo(409);
	}

	@Test
	void pendingDeliveryCanBeDeleted() {
		String id = http().post("/v3/edit/deliveries", create("tour", tour(), "\"uid\":\"user-8\"", ""))
			.json()
			.get("delivery")
			.get("id")
			.asString();
		assertThat(http().delete("/v3/edit/deliveries/" + id).status()).isEqualTo(200);
		assertThat(http().get("/v3/edit/deliveries/" + id).status()).isEqualTo(404);
		String profileId = chameleon.emulator().data().profileIdByUid("user-8").orElseThrow();
		assertThat(chameleon.emulator().data().pendingDeliveryIds(profileId)).isEmpty();
	}

}
