package io.github.chameleon4j.client;

import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.github.chameleon4j.model.ExpandLevel;
import io.github.chameleon4j.model.Filter;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.ProfileDeletion;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

class ProfileOperationsTests extends WireMockTestSupport {

	static final String ID = "65b1d2e3f4a5b6c7d8e9f001";

	static final String FULL_PROFILE = """
			{ "profile": {
			    "id": "65b1d2e3f4a5b6c7d8e9f001",
			    "created_at": "2029-01-05T08:00:00Z",
			    "updated_at": "2029-03-02T10:15:00Z",
			    "uid": "u-4410",
			    "email": "ana@example.org",
			    "role": "owner",
			    "last_seen_at": "2029-03-02T10:14:00.250Z",
			    "percent": 41.27,
			    "browser_x": 1440,
			    "browser_n": "firefox",
			    "delivery_ids": [],
			    "company": { "id": "65c0aa11bb22cc33dd44ee01", "uid": "acct-77", "plan": "enterprise" } } }
			""";

	@Test
	void verifyCredentialsGetsTheRootAndReadsAccountAndUser() {
		respond("""
				{ "account": { "id": "64b7e0c1a2f3d4e5f6a7b801" }, "user": { "id": "64b7e0c1a2f3d4e5f6a7b802" } }
				""");
		var identity = await(this.chameleon.verifyCredentials());
		assertThat(identity.accountId()).isEqualTo("64b7e0c1a2f3d4e5f6a7b801");
		assertThat(identity.userId()).isEqualTo("64b7e0c1a2f3d4e5f6a7b802");
		verifyOnly(getRequestedFor(urlEqualTo("/")));
	}

	@Test
	void getReadsKnownFieldsAndKeepsCustomPropertiesInProperties() {
		respond(FULL_PROFILE);
		Profile profile = await(this.chameleon.profiles().get(ID));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/analyze/profiles/" + ID)).withHeader("Accept",
				equalTo("application/json")));
		assertThat(profile.id()).isEqualTo(ID);
		assertThat(profile.uid()).isEqualTo("u-4410");
		assertThat(profile.createdAt()).isEqualTo(Instant.parse("2029-01-05T08:00:00Z"));
		assertThat(profile.lastSeenAt()).isEqualTo(Instant.parse("2029-03-02T10:14:00.250Z"));
		assertThat(profile.percent()).isEqualTo(41.27);
		assertThat(profile.browserX()).isEqualTo(1440);
		assertThat(profile.browserN()).isEqualTo("firefox");
		assertThat(profile.deliveryIds()).isEmpty();
		assertThat(profile.email()).isEqualTo("ana@example.org");
		assertThat(profile.properties()).containsOnlyKeys("email", "role");
		assertThat(profile.property("role")).isEqualTo("owner");
		assertThat(profile.company().uid()).isEqualTo("acct-77");
		assertThat(profile.company().property("plan")).isEqualTo("enterprise");
	}

	@Test
	void getByUidSendsTheUidAsQueryParameterOnTheSingularPath() {
		respond(FULL_PROFILE);
		Profile profile = await(this.chameleon.profiles().getByUid("u-4410"));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/analyze/profile?uid=u-4410")));
		assertThat(profile.uid()).isEqualTo("u-4410");
	}

	@Test
	void getByEmailPercentEncodesTheEmail() {
		respond(FULL_PROFILE);
		await(this.chameleon.profiles().getByEmail("ana+test@example.org"));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/analyze/profile?email=ana%2Btest%40example.org")));
	}

	@Test
	void getPercentEncodesAnIdThatIsNotAPlainSegment() {
		respond(FULL_PROFILE);
		await(this.chameleon.profiles().get("a/b?c"));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/analyze/profiles/a%2Fb%3Fc")));
	}

	@Test
	void searchPostsSegmentFiltersExpandAndPageAndReadsAPageWithoutCursor() {
		respond("""
				{ "profiles": [
				    { "id": "65b1d2e3f4a5b6c7d8e9f001", "uid": "u-4410", "role": "owner", "invited_users_count": 5 },
				    { "id": "65b1d2e3f4a5b6c7d8e9f002", "uid": "u-4411", "role": "owner", "invited_users_count": 8 } ] }
				""");
		ProfileSearch search = new ProfileSearch("65d0e1f2a3b4c5d6e7f80001",
				List.of(Filter.property("plan", "in-v", "gold,platinum"), Filter.property("last_seen_at", "lt-d", "14")),
				null, ExpandLevel.MIN, ExpandLevel.SKIP, PageRequest.ofSize(100).before("65b1d2e3f4a5b6c7d8e9f0ff"));
		Page<Profile> page = await(this.chameleon.profiles().search(search.anyFilter()));
		verifyOnly(postRequestedFor(urlEqualTo("/v3/analyze/profiles"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{ "segment_id": "65d0e1f2a3b4c5d6e7f80001",
					  "filters": [ { "kind": "property", "prop": "plan", "op": "in-v", "value": "gold,platinum" },
					               { "kind": "property", "prop": "last_seen_at", "op": "lt-d", "value": "14" } ],
					  "filters_op": "or",
					  "expand": { "profile": "min", "company": "skip" },
					  "limit": 100, "before": "65b1d2e3f4a5b6c7d8e9f0ff" }
					""")));
		assertThat(page.cursor()).isNull();
		assertThat(page.nextBefore()).isNull();
		assertThat(page.items()).extracting(Profile::uid).containsExactly("u-4410", "u-4411");
		assertThat(page.items().get(1).property("invited_users_count")).isEqualTo(8);
	}

	@Test
	void searchForEveryProfileSendsAnEmptyBody() {
		respond("{ \"profiles\": [] }");
		assertThat(await(this.chameleon.profiles().search(ProfileSearch.all())).items()).isEmpty();
		verifyOnly(postRequestedFor(urlEqualTo("/v3/analyze/profiles")).withRequestBody(equalToJson("{}")));
	}

	@Test
	void searchSendsNestedGroupFilters() {
		respond("{ \"profiles\": [] }");
		Filter group = Filter.group("or", List.of(Filter.property("company.name", "eq", "Globex"),
				Filter.property("email", "in", "@globex.example")));
		await(this.chameleon.profiles()
			.search(ProfileSearch.filters(List.of(Filter.experience("tour", "65a0c3f1e2d4b5a6c7d8e9f0", "completed"), group))));
		verifyOnly(postRequestedFor(urlEqualTo("/v3/analyze/profiles")).withRequestBody(equalToJson("""
				{ "filters_op": "and", "filters": [
				  { "kind": "tour", "value": "65a0c3f1e2d4b5a6c7d8e9f0", "range": "completed" },
				  { "kind": "group", "filters_op": "or", "filters": [
				      { "kind": "property", "prop": "company.name", "op": "eq", "value": "Globex" },
				      { "kind": "property", "prop": "email", "op": "in", "value": "@globex.example" } ] } ] }
				""")));
	}

	@Test
	void searchAllStopsAfterAShortPageWithoutCursor() {
		respond("""
				{ "profiles": [ { "id": "p1", "uid": "u-1" }, { "id": "p2", "uid": "u-2" } ] }
				""");
		List<Profile> all = this.chameleon.profiles().searchAll(ProfileSearch.segment("s1")).collectList().block(TIMEOUT);
		assertThat(all).extracting(Profile::id).containsExactly("p1", "p2");
		verifyOnly(postRequestedFor(urlEqualTo("/v3/analyze/profiles"))
			.withRequestBody(equalToJson("{ \"segment_id\": \"s1\", \"limit\": 500 }")));
	}

	@Test
	void countPostsTheCriteriaWithoutPageAndReadsTheCount() {
		respond("{ \"count\": 1873 }");
		long count = await(this.chameleon.profiles()
			.count(ProfileSearch.filters(List.of(Filter.property("role", "eq", "owner"))).page(PageRequest.ofSize(5))));
		assertThat(count).isEqualTo(1873L);
		verifyOnly(postRequestedFor(urlEqualTo("/v3/analyze/profiles/count")).withRequestBody(equalToJson("""
				{ "filters": [ { "kind": "property", "prop": "role", "op": "eq", "value": "owner" } ], "filters_op": "and" }
				""")));
	}

	@Test
	void clearDeletesByIdAndReadsTheClearedProfile() {
		respond("""
				{ "profile": { "id": "65b1d2e3f4a5b6c7d8e9f001", "uid": "u-4410", "percent": 77.1,
				               "last_cleared_at": "2029-04-01 10:00:00", "browser_x": null, "last_seen_at": null } }
				""");
		Profile profile = await(this.chameleon.profiles().clear(ID));
		verifyOnly(deleteRequestedFor(urlEqualTo("/v3/edit/profiles/" + ID)));
		assertThat(profile.lastClearedAt()).isEqualTo(Instant.parse("2029-04-01T10:00:00Z"));
		assertThat(profile.browserX()).isNull();
		assertThat(profile.lastSeenAt()).isNull();
		assertThat(profile.properties()).isEmpty();
	}

	@Test
	void clearByUidDeletesWithTheUidQuery() {
		respond("{ \"profile\": { \"id\": \"" + ID + "\", \"uid\": \"u-4410\" } }");
		assertThat(await(this.chameleon.profiles().clearByUid("u-4410")).id()).isEqualTo(ID);
		verifyOnly(deleteRequestedFor(urlEqualTo("/v3/edit/profiles?uid=u-4410")));
	}

	@Test
	void forgetDeletesTheForgetPathAndReadsTheReceipt() {
		respond("""
				{ "profile": { "id": "65b1d2e3f4a5b6c7d8e9f001" }, "deletion": { "id": "65b1d2e3f4a5b6c7d8e9f0aa" } }
				""");
		ProfileDeletion deletion = await(this.chameleon.profiles().forget(ID));
		verifyOnly(deleteRequestedFor(urlEqualTo("/v3/edit/profiles/" + ID + "/forget")));
		assertThat(deletion).isEqualTo(new ProfileDeletion(ID, "65b1d2e3f4a5b6c7d8e9f0aa"));
	}

	@Test
	void forgetByUidAndByEmailUseTheIdentifierQuery() {
		respond("""
				{ "profile": { "id": "65b1d2e3f4a5b6c7d8e9f001" }, "deletion": { "id": "65b1d2e3f4a5b6c7d8e9f0aa" } }
				""");
		assertThat(await(this.chameleon.profiles().forgetByUid("u-4410")).deletionId())
			.isEqualTo("65b1d2e3f4a5b6c7d8e9f0aa");
		assertThat(await(this.chameleon.profiles().forgetByEmail("ana@example.org")).profileId()).isEqualTo(ID);
		List<LoggedRequest> requests = requests();
		assertThat(requests).extracting(LoggedRequest::getUrl)
			.containsExactly("/v3/edit/profiles/forget?uid=u-4410", "/v3/edit/profiles/forget?email=ana%40example.org");
		assertThat(requests).allSatisfy((request) -> assertThat(request.getMethod().getName()).isEqualTo("DELETE"));
	}

	@Test
	void invalidIdentifiersFailBeforeAnyRequestNamingTheArgument() {
		ProfileOperations profiles = this.chameleon.profiles();
		assertRejected(() -> profiles.get(null), "id");
		assertRejected(() -> profiles.get(" "), "id");
		assertRejected(() -> profiles.getByUid(""), "uid");
		assertRejected(() -> profiles.getByEmail(null), "email");
		assertRejected(() -> profiles.search(null), "search");
		assertRejected(() -> profiles.searchAll(null), "search");
		assertRejected(() -> profiles.count(null), "search");
		assertRejected(() -> profiles.clear(""), "id");
		assertRejected(() -> profiles.clearByUid(null), "uid");
		assertRejected(() -> profiles.forget("\t"), "id");
		assertRejected(() -> profiles.forgetByUid(""), "uid");
		assertRejected(() -> profiles.forgetByEmail(" "), "email");
		verifyNoRequest();
	}

	@Test
	void invalidSearchCriteriaFailNamingTheArgument() {
		assertRejected(() -> ProfileSearch.filters(List.of(Filter.property("plan", "like", "gold"))), "filters[0]");
		assertRejected(() -> ProfileSearch.filters(List.of(Filter.property(" ", "eq", "gold"))), "prop");
		assertRejected(() -> ProfileSearch.filters(List.of(Filter.property("plan", "eq", null))), "value");
		assertRejected(() -> ProfileSearch.filters(List.of(Filter.group("or", List.of()))), "filters[0]");
		assertRejected(() -> ProfileSearch.filters(
				List.of(Filter.group("or", List.of(Filter.property("a", "eq", 1), Filter.property("b", "bad", 2))))),
				"filters[0].filters[1]");
		assertRejected(() -> ProfileSearch.filters(List.of(Filter.group("xor", List.of(Filter.property("a", "ex", null))))),
				"filters_op");
		assertRejected(() -> new ProfileSearch(null, List.of(), "xor", null, null, null), "filtersOp");
		assertRejected(() -> ProfileSearch.segment(" "), "segmentId");
		assertRejected(() -> ProfileSearch.all().expandProfile(ExpandLevel.SKIP), "expandProfile");
		assertRejected(() -> ProfileSearch.filters(null), "filters");
		assertRejected(() -> PageRequest.ofSize(0), "limit");
		assertRejected(() -> PageRequest.ofSize(501), "limit");
		assertRejected(() -> PageRequest.first().before(" "), "before");
		verifyNoRequest();
	}

	static void assertRejected(Executable call, String argument) {
		assertThatIllegalArgumentException().isThrownBy(call::execute).withMessageContaining(argument);
	}

}
