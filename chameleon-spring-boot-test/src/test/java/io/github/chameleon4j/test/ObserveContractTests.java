package io.github.chameleon4j.test;

import java.util.Map;

import io.github.chameleon4j.test.junit.ChameleonEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ObserveContractTests {

	@RegisterExtension
	static ChameleonEmulatorExtension chameleon = new ChameleonEmulatorExtension();

	private TestHttp http() {
		return new TestHttp(chameleon.emulator());
	}

	@Test
	void profileHookCreatesThenUpdatesWithNormalizedProperties() {
		TestHttp.Response created = http().post("/v3/observe/hooks/profiles",
				"{\"uid\":\"new-1\",\"email\":\"n@example.org\",\"userRole\":\"owner\",\"seats\":\"12\",\"company_uid\":\"acct-1\"}");
		assertThat(created.status()).isEqualTo(200);
		String id = created.json().get("profile").get("id").asString();
		TestHttp.Response updated = http().post("/v3/observe/hooks/profiles", "{\"uid\":\"new-1\",\"plan\":\"pro\"}");
		assertThat(updated.json().get("profile").get("id").asString()).isEqualTo(id);
		JsonNode profile = http().get("/v3/analyze/profile?uid=new-1").json().get("profile");
		assertThat(profile.get("user_role").asString()).isEqualTo("owner");
		assertThat(profile.get("seats").asInt()).isEqualTo(12);
		assertThat(profile.get("plan").asString()).isEqualTo("pro");
		assertThat(profile.get("company_id").asString())
			.isEqualTo(chameleon.emulator().data().companyIdByUid("acct-1").orElseThrow());
		assertThat(http().get("/v3/analyze/profile?email=n@example.org").status()).isEqualTo(200);
	}

	@Test
	void profileHookWithoutIdentifierIs422() {
		assertThat(http().post("/v3/observe/hooks/profiles", "{\"plan\":\"pro\"}").status()).isEqualTo(422);
	}

	@Test
	void hookAcceptsTheSecretInThePath() {
		TestHttp anonymous = new TestHttp(chameleon.emulator().baseUrl(), null);
		String secret = chameleon.emulator().accountSecret();
		assertThat(anonymous.post("/v3/observe/hooks/" + secret + "/profiles", "{\"uid\":\"p-1\"}").status())
			.isEqualTo(200);
		assertThat(anonymous.post("/v3/observe/hooks/wrong/profiles", "{\"uid\":\"p-2\"}").status()).isEqualTo(403);
		assertThat(chameleon.emulator().data().profileIdByUid("p-1")).isPresent();
		assertThat(chameleon.emulator().requests()).allSatisfy((request) -> assertThat(request.path()).doesNotContain(secret));
	}

	@Test
	void batchAnswers202WithPerItemErrors() {
		TestHttp.Response response = http().post("/v3/observe/hooks/profiles/batch",
				"{\"profiles\":[{\"uid\":\"b-1\"},{\"plan\":\"pro\"},{\"uid\":\"user-1\",\"plan\":\"gold\"}]}");
		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().get("batch").get("id").asString()).matches("[0-9a-f]{24}");
		JsonNode errors = response.json().get("errors");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).get("code").asInt()).isEqualTo(422);
		assertThat(errors.get(0).get("index").asInt()).isEqualTo(1);
		assertThat(chameleon.emulator().data().profileIdByUid("b-1")).isPresent();
		String user1 = chameleon.emulator().data().profileIdByUid("user-1").orElseThrow();
		assertThat(chameleon.emulator().data().profile(user1).orElseThrow()).containsEntry("plan", "gold");
	}

	@Test
	void batchAccountsForEveryItemWithOneErrorPerInvalidItem() {
		TestHttp.Response response = http().post("/v3/observe/hooks/profiles/batch", """
				{"profiles":[{"uid":"ok-1"},{"uid":""},{"uid":null,"plan":"pro"},{"email":"  "},{"uid":"ok-2"},
				{"id":"000000000000000000000000"},{"uid":{"nested":1}},"not an object"]}""");
		assertThat(response.status()).isEqualTo(202);
		JsonNode errors = response.json().get("errors");
		assertThat(errors).hasSize(6);
		assertThat(errors.valueStream().map((error) -> error.get("index").asInt()).toList()).containsExactly(1, 2, 3, 5, 6, 7);
		assertThat(errors.valueStream().map((error) -> error.get("code").asInt()).toList())
			.containsExactly(422, 422, 422, 404, 422, 422);
		assertThat(chameleon.emulator().data().profileIdByUid("ok-1")).isPresent();
		assertThat(chameleon.emulator().data().profileIdByUid("ok-2")).isPresent();
	}

	@Test
	void batchIgnoresUnknownUsersWhenAsked() {
		TestHttp.Response response = http().post("/v3/observe/hooks/profiles/batch",
				"{\"on_model_missing\":\"ignore\",\"profiles\":[{\"uid\":\"ghost\"}]}");
		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().has("errors")).isFalse();
		assertThat(chameleon.emulator().data().profileIdByUid("ghost")).isEmpty();
	}

	@Test
	void batchOver16MegabytesIs413() {
		StringBuilder body = new StringBuilder(17 * 1024 * 1024).append("{\"profiles\":[{\"uid\":\"x\",\"blob\":\"");
		body.append("a".repeat(16 * 1024 * 1024)).append("\"}]}");
		TestHttp.Response response = http().post("/v3/observe/hooks/companies/batch", body.toString());
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.body()).isEqualTo(
				"{\"code\":413,\"messages\":[\"Each batch must be less than 16mb, try splitting the batch in half\"]}");
	}

	@Test
	void companyHookAndBatchUpsertCompanies() {
		String id = http().post("/v3/observe/hooks/companies", "{\"uid\":\"acct-new\",\"arr\":1200.5}")
			.json()
			.get("company")
			.get("id")
			.asString();
		assertThat(http().get("/v3/analyze/companies/" + id).json().get("company").get("arr").asDouble())
			.isEqualTo(1200.5);
		TestHttp.Response batch = http().post("/v3/observe/hooks/companies/batch",
				"{\"companies\":[{\"uid\":\"acct-new\",\"plan\":\"gold\"},{\"uid\":\"acct-b\"}]}");
		assertThat(batch.status()).isEqualTo(202);
		assertThat(http().get("/v3/analyze/company?uid=acct-new").json().get("company").get("plan").asString())
			.isEqualTo("gold");
		assertThat(chameleon.emulator().data().companyIdByUid("acct-b")).isPresent();
	}

	@Test
	void eventsHookRecordsNormalizedEvent() {
		TestHttp.Response response = http().post("/v3/observe/hooks/events",
				"{\"uid\":\"user-2\",\"name\":\"Invoice Paid\",\"amount\":4900}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(chameleon.emulator().data().events()).singleElement().satisfies((event) -> {
			assertThat(event.name()).isEqualTo("invoice_paid");
			assertThat(event.properties()).isEqualTo(Map.of("amount", 4900));
			assertThat(event.id()).isEqualTo(response.json().get("event").get("id").asString());
		});
		assertThat(http().post("/v3/observe/hooks/events", "{\"uid\":\"user-2\"}").status()).isEqualTo(422);
	}

	@Test
	void companyDeleteDetachesOrCascades() {
		String company = chameleon.emulator().data().companyIdByUid("acct-1").orElseThrow();
		String member = chameleon.emulator().data().profileIdByUid("user-1").orElseThrow();
		TestHttp.Response deleted = http().delete("/v3/edit/companies/" + company);
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.json().has("deletion")).isTrue();
		assertThat(deleted.json().has("deletions")).isFalse();
		assertThat(chameleon.emulator().data().profile(member).orElseThrow()).doesNotContainKey("company_id");

		String other = chameleon.emulator().data().companyIdByUid("acct-2").orElseThrow();
		long members = http().get("/v3/analyze/profiles?limit=500").json().get("profiles").valueStream()
			.filter((profile) -> profile.has("company_id") && profile.get("company_id").asString().equals(other))
			.count();
		TestHttp.Response cascaded = http().delete("/v3/edit/company?uid=acct-2&cascade=profiles");
		assertThat(cascaded.json().get("deletions")).hasSize((int) members);
		assertThat(chameleon.emulator().data().profileCount()).isEqualTo(20 - (int) members);
		assertThat(http().get("/v3/analyze/companies/" + other).status()).isEqualTo(404);
	}

}
