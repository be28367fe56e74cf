package io.github.chameleon4j.test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorContractTests {

	static ChameleonEmulator emulator;

	static TestHttp http;

	@BeforeAll
	static void start() {
		emulator = ChameleonEmulator.builder().accountSecret("top-secret").start();
		http = new TestHttp(emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void credentialCheckAnswersAccountAndUser() {
		TestHttp.Response response = http.get("/");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("account").get("id").asString()).matches("[0-9a-f]{24}");
		assertThat(response.json().get("user").get("id").asString()).matches("[0-9a-f]{24}");
	}

	@Test
	void missingSecretIs403WithDocumentedEnvelope() {
		TestHttp.Response response = new TestHttp(emulator.baseUrl(), null).get("/v3/edit/tours");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(
				"{\"code\":403,\"messages\":[\"Unauthorized: Please check your Chameleon Account Secret\"]}");
		assertThat(response.header("Content-Type")).startsWith("application/json");
	}

	@Test
	void wrongSecretIs403() {
		assertThat(new TestHttp(emulator.baseUrl(), "nope").get("/").status()).isEqualTo(403);
	}

	@Test
	void secretHeaderNameIsCaseInsensitive() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/"))
			.header("x-account-secret", "top-secret")
			.build();
		HttpResponse<String> response = http.raw(request);
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void secretAsQueryParameterIsAccepted() {
		assertThat(new TestHttp(emulator.baseUrl(), null).get("/?account_secret=top-secret").status()).isEqualTo(200);
	}

	@Test
	void unknownPathIs404WithDocumentedEnvelope() {
		TestHttp.Response response = http.get("/v3/tours");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"code\":404,\"messages\":[\"Endpoint not found: Please recheck "
				+ "with the API docs https://developers.chameleon.io\"]}");
	}

	@Test
	void unknownRecordIs404() {
		TestHttp.Response response = http.get("/v3/edit/tours/000000000000000000000000");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("code").asInt()).isEqualTo(404);
	}

	@Test
	void profileLookupWithoutIdentifierIs422() {
		TestHttp.Response response = http.get("/v3/analyze/profile");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asInt()).isEqualTo(422);
		assertThat(response.json().get("messages").get(0).asString()).isEqualTo(
				"Unprocessable: Please check the request parameters with the API docs https://developers.chameleon.io");
	}

	@Test
	void profileLookupByUnknownUidIs404() {
		assertThat(http.get("/v3/analyze/profile?uid=nobody").status()).isEqualTo(404);
	}

	@Test
	void unparseableTimestampIs422() {
		assertThat(http.get("/v3/edit/tours?before=yesterday-ish").status()).isEqualTo(422);
	}

	@Test
	void malformedJsonBodyIs422() {
		assertThat(http.post("/v3/observe/hooks/profiles", "{not json").status()).isEqualTo(422);
	}

}
