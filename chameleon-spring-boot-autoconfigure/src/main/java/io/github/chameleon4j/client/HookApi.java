package io.github.chameleon4j.client;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.TrackedEvent;

/**
 * The observe hooks: the HTTP declarations behind {@link HookOperations}. Profile and company upserts,
 * single and batch, create or update by the record's identifier ({@code uid}, {@code email} or
 * {@code id}; every traits factory requires one), so they are safe to repeat. Event tracking has no
 * idempotency key: it is sent at most once after it may have reached Chameleon.
 */
@HttpExchange("/v3/observe/hooks")
interface HookApi extends HookOperations {

	@Override
	default Mono<IdReference> identify(ProfileTraits traits) {
		return identify(Arguments.requireNonNull(traits, "traits").toBody());
	}

	@PostExchange("/profiles") @SafeToRepeat @Envelope("profile")
	Mono<IdReference> identify(@RequestBody Map<String, Object> body);

	@Override
	default Mono<BatchReceipt> identifyAll(List<ProfileTraits> profiles, boolean createMissing) {
		return identifyAll(HookBatch.json("profiles", profiles, createMissing));
	}

	@PostExchange(url = "/profiles/batch", contentType = MediaType.APPLICATION_JSON_VALUE) @SafeToRepeat
	@Envelope(shape = Shape.BATCH_RECEIPT)
	Mono<BatchReceipt> identifyAll(@RequestBody byte[] json);

	@Override
	default Mono<IdReference> upsertCompany(CompanyTraits traits) {
		return upsertCompany(Arguments.requireNonNull(traits, "traits").toBody());
	}

	@PostExchange("/companies") @SafeToRepeat @Envelope("company")
	Mono<IdReference> upsertCompany(@RequestBody Map<String, Object> body);

	@Override
	default Mono<BatchReceipt> upsertCompanies(List<CompanyTraits> companies, boolean createMissing) {
		return upsertCompanies(HookBatch.json("companies", companies, createMissing));
	}

	@PostExchange(url = "/companies/batch", contentType = MediaType.APPLICATION_JSON_VALUE) @SafeToRepeat
	@Envelope(shape = Shape.BATCH_RECEIPT)
	Mono<BatchReceipt> upsertCompanies(@RequestBody byte[] json);

	@Override
	default Mono<IdReference> track(TrackedEvent event) {
		Arguments.requireNonNull(event, "event");
		if (!event.hasUser()) {
			throw new IllegalArgumentException("event: a user is required (forUid or forProfileId)");
		}
		return track(event.toBody());
	}

	@PostExchange("/events") @Envelope("event")
	Mono<IdReference> track(@RequestBody Map<String, Object> body);

}
