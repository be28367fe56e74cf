package io.github.chameleon4j.client;

import java.util.List;

import org.reactivestreams.Publisher;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.Company;
import io.github.chameleon4j.model.CompanyDeletion;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.CompanyQuery;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.client.sync.BulkSync;
import io.github.chameleon4j.client.sync.SyncOptions;
import io.github.chameleon4j.client.sync.SyncResult;

/**
 * Companies: look up, list or search, create or update ({@link #upsert}, the company hook, also
 * reachable as {@link HookOperations#upsertCompany}), delete.
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
	 * {@code POST /v3/observe/hooks/companies}: creates or updates one company. Safe to repeat, so
	 * retried like a GET.
	 * @param traits identifier and properties
	 * @return the company's Chameleon ID
	 */
	@PostExchange("/v3/observe/hooks/companies") @SafeToRepeat @Envelope("company")
	Mono<IdReference> upsert(@RequestBody CompanyTraits traits);

	/**
	 * {@code POST /v3/observe/hooks/companies/batch}: creates or updates many companies in one
	 * request (a batch over 16 MB fails before sending). Safe to repeat.
	 * @param companies the companies (each with {@code uid})
	 * @param createMissing whether unknown companies are created
	 * @return the receipt, with per-item errors
	 */
	Mono<BatchReceipt> upsertAll(List<CompanyTraits> companies, boolean createMissing);

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

	/**
	 * Streams companies into Chameleon through the company batch hook with {@link SyncOptions#defaults()}: batches of up
	 * to 10 000 items or 95 % of 16 MB, a partial batch sent once the input is quiet for 500 ms, two batches in
	 * flight. See {@link #sync(Publisher, SyncOptions)}.
	 * @param companies the companies (read only as fast as batches leave)
	 * @return one result per input item
	 */
	default Flux<SyncResult<CompanyTraits>> sync(Publisher<? extends CompanyTraits> companies) {
		return sync(companies, SyncOptions.defaults());
	}

	/**
	 * Streams companies into Chameleon through the company batch hook ({@code POST /v3/observe/hooks/companies/batch}),
	 * one {@link SyncResult} per input item, carrying the caller's own item: batched by count and bytes, paced and
	 * retried like every call, a 413 split in half, Chameleon's per-item errors mapped back to the items. See
	 * {@link BulkSync} for the rules.
	 * <pre>{@code
	 * chameleon.companies().sync(Flux.fromIterable(rows).map(this::traits), SyncOptions.defaults().withCreateMissing(false))
	 *     .filter((result) -> !result.isAccepted())
	 *     .subscribe((result) -> log.warn("not synced: #{} {}", result.index(), result.error().getMessage()));
	 * }</pre>
	 * @param companies the companies (read only as fast as batches leave)
	 * @param options the batching options
	 * @return one result per input item
	 * @throws IllegalArgumentException when an argument is null
	 */
	default Flux<SyncResult<CompanyTraits>> sync(Publisher<? extends CompanyTraits> companies, SyncOptions options) {
		Arguments.requireNonNull(companies, "companies");
		Arguments.requireNonNull(options, "options");
		return BulkSync.<CompanyTraits>of("companies", options, (batch) -> upsertAll(batch, options.createMissing())).sync(companies);
	}

}
