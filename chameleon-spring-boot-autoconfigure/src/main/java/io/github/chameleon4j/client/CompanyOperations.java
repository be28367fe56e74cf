package io.github.chameleon4j.client;

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

/**
 * Companies: look up, list or search, delete. Companies are created and updated through
 * {@link HookOperations#upsertCompany}.
 */
public interface CompanyOperations {

	/**
	 * {@code GET /v3/analyze/companies/:id}.
	 * @param id the Chameleon ID
	 * @return the company
	 */
	@GetExchange("/v3/analyze/companies/{id}") @Envelope("company")
	Mono<Company> get(@PathVariable String id);

	/**
	 * {@code GET /v3/analyze/company?uid=}.
	 * @param uid your company ID
	 * @return the company
	 */
	@GetExchange("/v3/analyze/company") @Envelope("company")
	Mono<Company> getByUid(@RequestParam String uid);

	/**
	 * {@code POST /v3/analyze/companies}: one page.
	 * @param query the criteria
	 * @return the page
	 */
	@PostExchange("/v3/analyze/companies") @SafeToRepeat @InLane(value = "companies.list", width = 2)
	@Envelope("companies")
	Mono<Page<Company>> list(@RequestBody CompanyQuery query);

	/**
	 * Every matching company, following the cursor.
	 * @param query the criteria
	 * @return the companies, newest first
	 */
	default Flux<Company> listAll(CompanyQuery query) {
		Arguments.requireNonNull(query, "query");
		return Paginator.all((query.page() != null) ? query.page() : PageRequest.first(), (page) -> list(query.page(page)));
	}

	/**
	 * {@code DELETE /v3/edit/companies/:id[?cascade=profiles]}.
	 * @param id the Chameleon ID
	 * @param cascadeProfiles whether the company's profiles are deleted too
	 * @return the receipt
	 */
	@DeleteExchange("/v3/edit/companies/{id}") @Envelope(shape = Shape.COMPANY_DELETION)
	Mono<CompanyDeletion> delete(@PathVariable String id,
			@Flag(name = "cascade", value = "profiles") boolean cascadeProfiles);

	/**
	 * {@code DELETE /v3/edit/company?uid=[&cascade=profiles]}.
	 * @param uid your company ID
	 * @param cascadeProfiles whether the company's profiles are deleted too
	 * @return the receipt
	 */
	@DeleteExchange("/v3/edit/company") @Envelope(shape = Shape.COMPANY_DELETION)
	Mono<CompanyDeletion> deleteByUid(@RequestParam String uid,
			@Flag(name = "cascade", value = "profiles") boolean cascadeProfiles);

}
