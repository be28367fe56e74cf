package io.github.chameleon4j.client;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.ProfileTraits;

/** The batch hooks: serialised first ({@link HookBatch}), so that a batch over 16 MB fails before sending. */
interface HookApi extends HookOperations {

	/** {@link ProfileOperations} with its batch upsert. */
	interface Profiles extends ProfileOperations {

		@Override
		default Mono<BatchReceipt> upsertAll(List<ProfileTraits> profiles, boolean createMissing) {
			return upsertAll(HookBatch.json("profiles", profiles, createMissing));
		}

		@PostExchange(url = "/v3/observe/hooks/profiles/batch", contentType = MediaType.APPLICATION_JSON_VALUE)
		@SafeToRepeat @Envelope(shape = Shape.BATCH_RECEIPT)
		Mono<BatchReceipt> upsertAll(@RequestBody byte[] json);

	}

	/** {@link CompanyOperations} with its batch upsert. */
	interface Companies extends CompanyOperations {

		@Override
		default Mono<BatchReceipt> upsertAll(List<CompanyTraits> companies, boolean createMissing) {
			return upsertAll(HookBatch.json("companies", companies, createMissing));
		}

		@PostExchange(url = "/v3/observe/hooks/companies/batch", contentType = MediaType.APPLICATION_JSON_VALUE)
		@SafeToRepeat @Envelope(shape = Shape.BATCH_RECEIPT)
		Mono<BatchReceipt> upsertAll(@RequestBody byte[] json);

	}

	@Override
	default Mono<BatchReceipt> identifyAll(List<ProfileTraits> profiles, boolean createMissing) {
		return identifyAll(HookBatch.json("profiles", profiles, createMissing));
	}

	@PostExchange(url = "/profiles/batch", contentType = MediaType.APPLICATION_JSON_VALUE) @SafeToRepeat
	@Envelope(shape = Shape.BATCH_RECEIPT)
	Mono<BatchReceipt> identifyAll(@RequestBody byte[] json);

	@Override
	default Mono<BatchReceipt> upsertCompanies(List<CompanyTraits> companies, boolean createMissing) {
		return upsertCompanies(HookBatch.json("companies", companies, createMissing));
	}

	@PostExchange(url = "/companies/batch", contentType = MediaType.APPLICATION_JSON_VALUE) @SafeToRepeat
	@Envelope(shape = Shape.BATCH_RECEIPT)
	Mono<BatchReceipt> upsertCompanies(@RequestBody byte[] json);

}
