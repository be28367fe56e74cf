package io.github.chameleon4j.client;

import org.reactivestreams.Publisher;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.sync.BulkSync;
import io.github.chameleon4j.sync.SyncOptions;
import io.github.chameleon4j.sync.SyncResult;

/**
 * Profiles as the client builds them: {@link #sync} sends its batches through the profile batch hook, declared
 * here exactly as {@link HookApi} declares it (same URI template, safe to repeat, same receipt), so every batch
 * passes the client's call policy like {@code hooks().identifyAll(...)}.
 */
interface ProfileApi extends ProfileOperations {

	@Override
	default Flux<SyncResult<ProfileTraits>> sync(Publisher<? extends ProfileTraits> profiles, SyncOptions options) {
		return BulkSync.<ProfileTraits>of("profiles", options,
				(batch) -> identifyAll(HookBatch.json("profiles", batch, options.createMissing())))
			.sync(profiles);
	}

	@PostExchange(url = "/v3/observe/hooks/profiles/batch", contentType = MediaType.APPLICATION_JSON_VALUE)
	@SafeToRepeat @Envelope(shape = Shape.BATCH_RECEIPT)
	Mono<BatchReceipt> identifyAll(@RequestBody byte[] json);

}
