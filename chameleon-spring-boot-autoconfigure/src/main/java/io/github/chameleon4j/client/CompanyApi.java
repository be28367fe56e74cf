package io.github.chameleon4j.client;

import org.reactivestreams.Publisher;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.sync.BulkSync;
import io.github.chameleon4j.sync.SyncOptions;
import io.github.chameleon4j.sync.SyncResult;

/**
 * Companies as the client builds them: {@link #sync} sends its batches through the company batch hook, declared
 * here exactly as {@link HookApi} declares it (same URI template, safe to repeat, same receipt), so every batch
 * passes the client's call policy like {@code hooks().upsertCompanies(...)}.
 */
interface CompanyApi extends CompanyOperations {

	@Override
	default Flux<SyncResult<CompanyTraits>> sync(Publisher<? extends CompanyTraits> companies, SyncOptions options) {
		return BulkSync.<CompanyTraits>of("companies", options,
				(batch) -> upsertCompanies(HookBatch.json("companies", batch, options.createMissing())))
			.sync(companies);
	}

	@PostExchange(url = "/v3/observe/hooks/companies/batch", contentType = MediaType.APPLICATION_JSON_VALUE)
	@SafeToRepeat @Envelope(shape = Shape.BATCH_RECEIPT)
	Mono<BatchReceipt> upsertCompanies(@RequestBody byte[] json);

}
