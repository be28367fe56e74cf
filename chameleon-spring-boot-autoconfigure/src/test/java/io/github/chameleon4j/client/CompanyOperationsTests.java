package io.github.chameleon4j.client;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.model.Company;
import io.github.chameleon4j.model.CompanyDeletion;
import io.github.chameleon4j.model.ExpandLevel;
import io.github.chameleon4j.model.Filter;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.chameleon4j.client.ProfileOperationsTests.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.chameleon4j.model.CompanyQuery;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.Cursor;

class CompanyOperationsTests extends WireMockTestSupport {

	static final String ID = "65c0aa11bb22cc33dd44ee01";

	static final String COMPANY = """
			{ "company": { "id": "65c0aa11bb22cc33dd44ee01", "created_at": "2029-02-01T09:30:00Z", "uid": "acct-77",
			               "domain": "globex.example", "plan": "enterprise", "arr": 120000.5 } }
			""";

	@Test
	void getReadsKnownFieldsAndKeepsCustomProperties() {
		respond(COMPANY);
		Company company = await(this.chameleon.companies().get(ID));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/analyze/companies/" + ID)));
		assertThat(company.id()).isEqualTo(ID);
		assertThat(company.uid()).isEqualTo("acct-77");
		assertThat(company.createdAt()).isEqualTo(Instant.parse("2029-02-01T09:30:00Z"));
		assertThat(company.properties()).containsOnlyKeys("domain", "plan", "arr");
		assertThat(company.property("arr")).isEqualTo(120000.5);
		assertThat(company.property("domain")).isEqualTo("globex.example");
	}

	@Test
	void getByUidUsesTheSingularPathWithTheUidQuery() {
		respond(COMPANY);
		assertThat(await(this.chameleon.companies().getByUid("acct-77")).id()).isEqualTo(ID);
		verifyOnly(getRequestedFor(urlEqualTo("/v3/analyze/company?uid=acct-77")));
	}

	@Test
	void listPostsFiltersExpandAndPageAndReadsTheCursor() {
		respond("""
				{ "companies": [ { "id": "c2", "uid": "acct-2", "plan": "pro" }, { "id": "c1", "uid": "acct-1" } ],
				  "cursor": { "limit": 50, "before": "c1" } }
				""");
		CompanyQuery query = CompanyQuery.filters(List.of(Filter.property("uid", "eq", "123")))
			.expand(ExpandLevel.MIN)
			.page(PageRequest.ofSize(50).before("c9").after("2029-01-01"));
		Page<Company> page = await(this.chameleon.companies().list(query));
		verifyOnly(postRequestedFor(urlEqualTo("/v3/analyze/companies")).withRequestBody(equalToJson("""
				{ "filters": [ { "kind": "property", "prop": "uid", "op": "eq", "value": "123" } ],
				  "expand": { "company": "min" }, "limit": 50, "before": "c9", "after": "2029-01-01" }
				""")));
		assertThat(page.items()).extracting(Company::id).containsExactly("c2", "c1");
		assertThat(page.cursor()).isEqualTo(new Cursor(50, "c1"));
		assertThat(page.items().get(0).property("plan")).isEqualTo("pro");
	}

	@Test
	void listAllFollowsTheCursorInTheBody() {
		server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v3/analyze/companies"))
			.withRequestBody(equalToJson("{ \"limit\": 2 }"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("""
					{ "companies": [ { "id": "c4" }, { "id": "c3" } ], "cursor": { "limit": 2, "before": "c3" } }
					""")));
		server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v3/analyze/companies"))
			.withRequestBody(equalToJson("{ \"limit\": 2, \"before\": \"c3\" }"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("""
					{ "companies": [ { "id": "c2" } ], "cursor": { "limit": 2, "before": "c2" } }
					""")));
		List<Company> all = this.chameleon.companies()
			.listAll(CompanyQuery.all().page(PageRequest.ofSize(2)))
			.collectList()
			.block(TIMEOUT);
		assertThat(all).extracting(Company::id).containsExactly("c4", "c3", "c2");
		assertThat(requests()).hasSize(2);
	}

	@Test
	void deleteWithoutCascadeSendsNoCascadeParameter() {
		respond("{ \"deletion\": { \"id\": \"65c0aa11bb22cc33dd44ee90\" } }");
		CompanyDeletion deletion = await(this.chameleon.companies().delete(ID, false));
		verifyOnly(deleteRequestedFor(urlEqualTo("/v3/edit/companies/" + ID)));
		assertThat(deletion.deletionId()).isEqualTo("65c0aa11bb22cc33dd44ee90");
		assertThat(deletion.profileDeletionIds()).isEmpty();
	}

	@Test
	void deleteWithCascadeSendsCascadeProfilesAndReadsEveryProfileDeletion() {
		respond("""
				{ "deletion": { "id": "65c0aa11bb22cc33dd44ee90" },
				  "deletions": [ { "id": "65c0aa11bb22cc33dd44ee91" }, { "id": "65c0aa11bb22cc33dd44ee92" } ] }
				""");
		CompanyDeletion deletion = await(this.chameleon.companies().delete(ID, true));
		verifyOnly(deleteRequestedFor(urlEqualTo("/v3/edit/companies/" + ID + "?cascade=profiles")));
		assertThat(deletion.profileDeletionIds()).containsExactly("65c0aa11bb22cc33dd44ee91", "65c0aa11bb22cc33dd44ee92");
	}

	@Test
	void deleteByUidUsesTheSingularPath() {
		respond("{ \"deletion\": { \"id\": \"d1\" }, \"deletions\": [] }");
		await(this.chameleon.companies().deleteByUid("acct-77", true));
		await(this.chameleon.companies().deleteByUid("acct 78", false));
		assertThat(requests()).extracting((request) -> request.getMethod().getName() + " " + request.getUrl())
			.containsExactly("DELETE /v3/edit/company?uid=acct-77&cascade=profiles", "DELETE /v3/edit/company?uid=acct%2078");
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		CompanyOperations companies = this.chameleon.companies();
		assertRejected(() -> companies.get(null), "id");
		assertRejected(() -> companies.getByUid(" "), "uid");
		assertRejected(() -> companies.list(null), "query");
		assertRejected(() -> companies.listAll(null), "query");
		assertRejected(() -> companies.delete("", true), "id");
		assertRejected(() -> companies.deleteByUid(null, false), "uid");
		assertRejected(() -> CompanyQuery.all().expand(ExpandLevel.SKIP), "expandCompany");
		assertRejected(() -> CompanyQuery.filters(List.of(Filter.property("uid", "equals", "1"))), "filters[0]");
		assertRejected(() -> CompanyQuery.filters(List.of(Filter.segment(null))), "filters[0]");
		verifyNoRequest();
	}

}
