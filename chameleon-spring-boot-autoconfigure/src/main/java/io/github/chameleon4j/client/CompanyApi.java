package io.github.chameleon4j.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Company;
import io.github.chameleon4j.model.CompanyDeletion;

/** Companies: the HTTP declarations behind {@link CompanyOperations}. */
interface CompanyApi extends CompanyOperations {

	@Override
	@GetExchange("/v3/analyze/companies/{id}") @Envelope("company")
	Mono<Company> get(@PathVariable String id);

	@Override
	@GetExchange("/v3/analyze/company") @Envelope("company")
	Mono<Company> getByUid(@RequestParam String uid);

	@Override
	default Mono<Page<Company>> list(CompanyQuery query) {
		Arguments.requireNonNull(query, "query");
		Map<String, Object> body = new LinkedHashMap<>();
		if (!query.filters().isEmpty()) {
			body.put("filters", query.filters());
		}
		if (query.expandCompany() != null) {
			body.put("expand", Map.of("company", query.expandCompany().wireValue()));
		}
		return list(RequestArguments.withPage(body, query.page()));
	}

	/** A read sent as POST: safe to repeat; Chameleon allows two company list/search calls in flight (§3.4). */
	@PostExchange("/v3/analyze/companies") @SafeToRepeat @InLane(value = "companies.list", width = 2)
	@Envelope("companies")
	Mono<Page<Company>> list(@RequestBody Map<String, Object> body);

	@Override
	default Flux<Company> listAll(CompanyQuery query) {
		Arguments.requireNonNull(query, "query");
		PageRequest start = (query.page() != null) ? query.page() : PageRequest.first();
		return Paginator.all(start, (page) -> list(query.page(page)), Company::id);
	}

	@Override
	default Mono<CompanyDeletion> delete(String id, boolean cascadeProfiles) {
		return delete(id, cascadeProfiles ? "profiles" : null);
	}

	@DeleteExchange("/v3/edit/companies/{id}") @Envelope(shape = Shape.COMPANY_DELETION)
	Mono<CompanyDeletion> delete(@PathVariable String id, @RequestParam(required = false) @Nullable String cascade);

	@Override
	default Mono<CompanyDeletion> deleteByUid(String uid, boolean cascadeProfiles) {
		return deleteByUid(uid, cascadeProfiles ? "profiles" : null);
	}

	@DeleteExchange("/v3/edit/company") @Envelope(shape = Shape.COMPANY_DELETION)
	Mono<CompanyDeletion> deleteByUid(@RequestParam String uid, @RequestParam(required = false) @Nullable String cascade);

}
