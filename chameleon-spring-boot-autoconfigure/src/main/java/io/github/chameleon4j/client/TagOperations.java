package io.github.chameleon4j.client;

import java.util.List;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Tag;
import io.github.chameleon4j.model.TagAssignment;
import io.github.chameleon4j.model.TagUpdate;

/**
 * Tags: read them, and add, remove or set Tags on many Experiences in one call.
 */
public interface TagOperations extends ReadOnlyOperations<Tag> {

	/**
	 * Applies the updates in order ({@code POST /v3/edit/tags/bulk}).
	 * @param updates at least one update
	 * @return the final Tag set of every touched model
	 */
	@PostExchange("/bulk") @Envelope("updates")
	Mono<List<TagAssignment>> bulkUpdate(@RequestBody List<TagUpdate> updates);

}
