package io.github.chameleon4j.client;

import java.util.List;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.TrackedEvent;

/**
 * The observe hooks: server-side identify, company upsert and event tracking, single and batch.
 * The secret is always sent as a header, never in the path form the reference also offers.
 * <p>
 * Profile and company upserts, single and batch, create or update by the record's identifier,
 * so they are safe to repeat and are retried on 5xx, transport failures and truncated bodies
 * like GETs. Event tracking has no idempotency key: once a request may have reached Chameleon it
 * is not retried (an event tracked twice is counted twice), and the exception's
 * {@link io.github.chameleon4j.error.ChameleonException#mayHaveBeenApplied() mayHaveBeenApplied()}
 * says whether the event may have been recorded. Batches larger than Chameleon's 16 MB limit
 * fail before sending.
 */
@HttpExchange("/v3/observe/hooks")
public interface HookOperations {

	/** Chameleon's batch body limit: 16 MB. */
	int MAX_BATCH_BYTES = 16 * 1024 * 1024;

	/**
	 * {@code POST /v3/observe/hooks/profiles}: creates or updates one profile.
	 * @param traits identifier and properties
	 * @return the profile's Chameleon ID
	 */
	@PostExchange("/profiles") @SafeToRepeat @Envelope("profile")
	Mono<IdReference> identify(@RequestBody ProfileTraits traits);

	/**
	 * {@code POST /v3/observe/hooks/profiles/batch}.
	 * @param profiles the profiles (each with {@code uid} or {@code email})
	 * @param createMissing whether unknown users are created ({@code on_model_missing})
	 * @return the receipt, with per-item errors
	 */
	Mono<BatchReceipt> identifyAll(List<ProfileTraits> profiles, boolean createMissing);

	/**
	 * {@code POST /v3/observe/hooks/companies}: creates or updates one company.
	 * @param traits identifier and properties
	 * @return the company's Chameleon ID
	 */
	@PostExchange("/companies") @SafeToRepeat @Envelope("company")
	Mono<IdReference> upsertCompany(@RequestBody CompanyTraits traits);

	/**
	 * {@code POST /v3/observe/hooks/companies/batch}.
	 * @param companies the companies (each with {@code uid})
	 * @param createMissing whether unknown companies are created
	 * @return the receipt, with per-item errors
	 */
	Mono<BatchReceipt> upsertCompanies(List<CompanyTraits> companies, boolean createMissing);

	/**
	 * {@code POST /v3/observe/hooks/events}: tracks one event (processed asynchronously). Sent at
	 * most once after it may have reached Chameleon; on failure,
	 * {@link io.github.chameleon4j.error.ChameleonException#mayHaveBeenApplied()} tells whether the
	 * event may have been recorded (track it again only if it was not).
	 * @param event the event, with a user
	 * @return the event's ID
	 */
	@PostExchange("/events") @Envelope("event")
	Mono<IdReference> track(@RequestBody TrackedEvent event);

}
