package io.github.chameleon4j.client.blocking;

import java.util.List;
import java.util.stream.Stream;

import org.reactivestreams.Publisher;

import io.github.chameleon4j.client.CompanyOperations;
import io.github.chameleon4j.model.CompanyQuery;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.Company;
import io.github.chameleon4j.model.CompanyDeletion;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.client.sync.SyncOptions;
import io.github.chameleon4j.client.sync.SyncResult;
import io.github.chameleon4j.model.IdReference;

/**
 * Companies, blocking: {@link CompanyOperations} with plain results.
 */
public interface BlockingCompanyOperations {

	/** {@link CompanyOperations#get}. @param id the Chameleon ID @return the company */
	Company get(String id);

	/** {@link CompanyOperations#getByUid}. @param uid your company ID @return the company */
	Company getByUid(String uid);

	/** {@link CompanyOperations#list}. @param query the criteria @return one page */
	Page<Company> list(CompanyQuery query);

	/**
	 * {@link CompanyOperations#listAll}.
	 * @param query the criteria
	 * @return the companies, fetched page by page as the stream is read (close it to stop early)
	 */
	Stream<Company> listAll(CompanyQuery query);

	/** {@link CompanyOperations#upsert}. @param traits identifier and properties @return the company's Chameleon ID */
	IdReference upsert(CompanyTraits traits);

	/**
	 * {@link CompanyOperations#upsertAll}.
	 * @param companies the companies
	 * @param createMissing whether unknown companies are created
	 * @return the receipt
	 */
	BatchReceipt upsertAll(List<CompanyTraits> companies, boolean createMissing);

	/**
	 * {@link CompanyOperations#delete}.
	 * @param id the Chameleon ID
	 * @param cascadeProfiles whether its profiles are deleted too
	 * @return the receipts
	 */
	CompanyDeletion delete(String id, boolean cascadeProfiles);

	/**
	 * {@link CompanyOperations#deleteByUid}.
	 * @param uid your company ID
	 * @param cascadeProfiles whether its profiles are deleted too
	 * @return the receipts
	 */
	CompanyDeletion deleteByUid(String uid, boolean cascadeProfiles);

	/**
	 * {@link CompanyOperations#sync(Publisher)}: the bulk sync, its results as a lazy stream read as
	 * batches are answered (close it to cancel).
	 * @param companies the items (read only as fast as batches leave)
	 * @return one result per input item
	 */
	Stream<SyncResult<CompanyTraits>> sync(Publisher<? extends CompanyTraits> companies);

	/**
	 * {@link CompanyOperations#sync(Publisher, SyncOptions)}: the bulk sync with options, its results as a
	 * lazy stream (close it to cancel).
	 * @param companies the items (read only as fast as batches leave)
	 * @param options the batching options
	 * @return one result per input item
	 */
	Stream<SyncResult<CompanyTraits>> sync(Publisher<? extends CompanyTraits> companies, SyncOptions options);

}
