package io.github.chameleon4j.client;

import java.util.List;

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
	Mono<List<TagAssignment>> bulkUpdate(List<TagUpdate> updates);

}
