package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.TrackedEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.chameleon4j.client.ProfileOperationsTests.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class HookOperationsTests extends WireMockTestSupport {

	@Test
	void identifyPostsTheTraitsWithTheSecretInAHeaderNotThePath() {
		respond("{ \"profile\": { \"id\": \"65b1d2e3f4a5b6c7d8e9f001\" } }");
		ProfileTraits traits = ProfileTraits.forUid("u-4410")
			.with("email", "ana@example.org")
			.with("role", "owner")
			.with("plan", "pro")
			.companyUid("acct-77")
			.with("trial_ends_at", "2029-05-01T00:00:00Z")
			.with("seats", 12)
			.with("disabled", null);
		IdReference profile = await(this.chameleon.hooks().identify(traits));
		verifyOnly(postRequestedFor(urlEqualTo("/v3/observe/hooks/profiles"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{ "uid": "u-4410", "email": "ana@example.org", "role": "owner", "plan": "pro", "company_uid": "acct-77",
					  "trial_ends_at": "2029-05-01T00:00:00Z", "seats": 12, "disabled": null }
					""")));
		assertThat(profile.id()).isEqualTo("65b1d2e3f4a5b6c7d8e9f001");
	}

	@Test
	void identifyAllPostsABatchAndReadsItemErrorsFromA202() {
		respond(202, """
				{ "batch": { "id": "660cf6071829300102030e01" },
				  "errors": [ { "code": 422, "index": 1, "message": "No identifier found for the 2nd item. ..." } ] }
				""");
		BatchReceipt receipt = await(this.chameleon.hooks()
			.identifyAll(List.of(ProfileTraits.forUid("u-1").with("plan", "pro"), ProfileTraits.forEmail("b@example.org")), true));
		verifyOnly(postRequestedFor(urlEqualTo("/v3/observe/hooks/profiles/batch")).withRequestBody(equalToJson("""
				{ "profiles": [ { "uid": "u-1", "plan": "pro" }, { "email": "b@example.org" } ], "on_model_missing": "create" }
				""")));
		assertThat(receipt.batchId()).isEqualTo("660cf6071829300102030e01");
		assertThat(receipt.isComplete()).isFalse();
		assertThat(receipt.errors()).singleElement()
			.isEqualTo(new BatchReceipt.BatchItemError(422, 1, "No identifier found for the 2nd item. ..."));
	}

	@Test
	void upsertCompanyPostsTheTraits() {
		respond("{ \"company\": { \"id\": \"65c0aa11bb22cc33dd44ee01\" } }");
		IdReference company = await(this.chameleon.hooks()
			.upsertCompany(CompanyTraits.forUid("acct-77").with("plan", "enterprise").with("arr", 120000.5)));
		verifyOnly(postRequestedFor(urlEqualTo("/v3/observe/hooks/companies")).withRequestBody(
				equalToJson("{ \"uid\": \"acct-77\", \"plan\": \"enterprise\", \"arr\": 120000.5 }")));
		assertThat(company.id()).isEqualTo("65c0aa11bb22cc33dd44ee01");
	}

	@Test
	void upsertCompaniesWithoutCreateSendsIgnore() {
		respond(202, "{ \"batch\": { \"id\": \"b1\" } }");
		BatchReceipt receipt = await(this.chameleon.hooks()
			.upsertCompanies(List.of(CompanyTraits.forUid("acct-1"), CompanyTraits.forCompanyId("65c0aa11bb22cc33dd44ee02").with("plan", "pro")), false));
		verifyOnly(postRequestedFor(urlEqualTo("/v3/observe/hooks/companies/batch")).withRequestBody(equalToJson("""
				{ "companies": [ { "uid": "acct-1" }, { "id": "65c0aa11bb22cc33dd44ee02", "plan": "pro" } ],
				  "on_model_missing": "ignore" }
				""")));
		assertThat(receipt.batchId()).isEqualTo("b1");
		assertThat(receipt.isComplete()).isTrue();
	}

	@Test
	void trackPostsTheEventToTheEventsPath() {
		respond("{ \"event\": { \"id\": \"660d07182930010203040f01\" } }");
		IdReference event = await(this.chameleon.hooks()
			.track(TrackedEvent.forUid("u-4410").named("Invoice paid").with("amount", 4900).with("currency", "USD")));
		verifyOnly(postRequestedFor(urlEqualTo("/v3/observe/hooks/events")).withRequestBody(equalToJson(
				"{ \"uid\": \"u-4410\", \"name\": \"Invoice paid\", \"amount\": 4900, \"currency\": \"USD\" }")));
		assertThat(event.id()).isEqualTo("660d07182930010203040f01");
	}

	@Test
	void trackByProfileIdSendsId() {
		respond("{ \"event\": { \"id\": \"e1\" } }");
		await(this.chameleon.hooks().track(TrackedEvent.forProfileId("65b1d2e3f4a5b6c7d8e9f001").named("signed_up")));
		verifyOnly(postRequestedFor(urlEqualTo("/v3/observe/hooks/events")).withRequestBody(
				equalToJson("{ \"name\": \"signed_up\", \"id\": \"65b1d2e3f4a5b6c7d8e9f001\" }")));
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		HookOperations hooks = this.chameleon.hooks();
		assertRejected(() -> hooks.identify(null), "traits");
		assertRejected(() -> hooks.upsertCompany(null), "traits");
		assertRejected(() -> hooks.track(null), "event");
		assertRejected(() -> hooks.track(TrackedEvent.forUid("u-1")), "event");
		assertRejected(() -> hooks.identifyAll(null, true), "profiles");
		assertRejected(() -> hooks.identifyAll(List.of(), true), "profiles");
		assertRejected(() -> hooks.identifyAll(Arrays.asList(ProfileTraits.forUid("a"), null), true), "profiles[1]");
		assertRejected(() -> hooks.upsertCompanies(List.of(), false), "companies");
		assertRejected(() -> ProfileTraits.forUid(" "), "uid");
		assertRejected(() -> ProfileTraits.forUid("a").with("", 1), "name");
		assertRejected(() -> CompanyTraits.forUid(null), "uid");
		assertRejected(() -> TrackedEvent.forUid("u-1").named(""), "name");
		assertRejected(() -> TrackedEvent.forUid(" ").named("x"), "uid");
		verifyNoRequest();
	}

	@Test
	void aBatchOver16MegabytesFailsBeforeSending() {
		String megabyte = "x".repeat(1024 * 1024);
		List<ProfileTraits> profiles = new ArrayList<>();
		for (int i = 0; i < 17; i++) {
			profiles.add(ProfileTraits.forUid("u-" + i).with("blob", megabyte));
		}
		assertRejected(() -> this.chameleon.hooks().identifyAll(profiles, true), "16 MB");
		verifyNoRequest();
	}

}
