package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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
	Mono<Company> get(String id);

	/**
	 * {@code GET /v3/analyze/company?uid=}.
	 * @param uid your company ID
	 * @return the company
	 */
	Mono<Company> getByUid(String uid);

	/**
	 * {@code POST /v3/analyze/companies}: one page.
	 * @param query the criteria
	 * @return the page
	 */
	Mono<Page<Company>> list(CompanyQuery query);

	/**
	 * Every matching company, following the cursor.
	 * @param query the criteria
	 * @return the companies, newest first
	 */
	Flux<Company> listAll(CompanyQuery query);

	/**
	 * {@code DELETE /v3/edit/companies/:id[?cascade=profiles]}.
	 * @param id the Chameleon ID
	 * @param cascadeProfiles whether the company's profiles are deleted too
	 * @return the receipt
	 */
	Mono<CompanyDeletion> delete(String id, boolean cascadeProfiles);

	/**
	 * {@code DELETE /v3/edit/company?uid=[&cascade=profiles]}.
	 * @param uid your company ID
	 * @param cascadeProfiles whether the company's profiles are deleted too
	 * @return the receipt
	 */
	Mono<CompanyDeletion> deleteByUid(String uid, boolean cascadeProfiles);

}
