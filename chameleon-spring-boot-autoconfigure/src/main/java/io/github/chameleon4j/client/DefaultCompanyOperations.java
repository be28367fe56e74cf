package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Company;
import io.github.chameleon4j.model.CompanyDeletion;

final class DefaultCompanyOperations implements CompanyOperations {

	static final String LIST_LANE = "companies.list";

	private final ChameleonTransport transport;

	DefaultCompanyOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Mono<Company> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.get("/v3/analyze/companies/{id}", id),
				Readers.single(Company.class, "company"));
	}

	@Override
	public Mono<Company> getByUid(String uid) {
		Arguments.requireText(uid, "uid");
		return this.transport.exchange(ApiRequest.get("/v3/analyze/company").query("uid", uid),
				Readers.single(Company.class, "company"));
	}

	@Override
	public Mono<Page<Company>> list(CompanyQuery query) {
		Arguments.requireNonNull(query, "query");
		Map<String, Object> body = new LinkedHashMap<>();
		if (!query.filters().isEmpty()) {
			body.put("filters", query.filters());
		}
		if (query.expandCompany() != null) {
			body.put("expand", Map.of("company", query.expandCompany().wireValue()));
		}
		ApiRequest.putPage(body, query.page());
		// Chameleon allows two company list/search calls in flight (reference §3.4)
		ApiRequest request = ApiRequest.post("/v3/analyze/companies").body(body).idempotent(true).lane(LIST_LANE, 2);
		return this.transport.exchange(request, Readers.page(Company.class, "companies"));
	}

	@Override
	public Flux<Company> listAll(CompanyQuery query) {
		Arguments.requireNonNull(query, "query");
		PageRequest start = (query.page() != null) ? query.page() : PageRequest.first();
		return Paginator.all(start, (page) -> list(query.page(page)), Company::id);
	}

	@Override
	public Mono<CompanyDeletion> delete(String id, boolean cascadeProfiles) {
		Arguments.requireText(id, "id");
		ApiRequest request = ApiRequest.delete("/v3/edit/companies/{id}", id)
			.query("cascade", cascadeProfiles ? "profiles" : null);
		return this.transport.exchange(request, DefaultCompanyOperations::deletion);
	}

	@Override
	public Mono<CompanyDeletion> deleteByUid(String uid, boolean cascadeProfiles) {
		Arguments.requireText(uid, "uid");
		ApiRequest request = ApiRequest.delete("/v3/edit/company")
			.query("uid", uid)
			.query("cascade", cascadeProfiles ? "profiles" : null);
		return this.transport.exchange(request, DefaultCompanyOperations::deletion);
	}

	private static CompanyDeletion deletion(int status, JsonNode body, tools.jackson.databind.json.JsonMapper mapper) {
		String id = Readers.member(body, "deletion").get("id").asString();
		List<String> profiles = new ArrayList<>();
		JsonNode deletions = body.get("deletions");
		if (deletions != null && deletions.isArray()) {
			deletions.forEach((item) -> profiles.add(item.get("id").asString()));
		}
		return new CompanyDeletion(id, profiles);
	}

}
