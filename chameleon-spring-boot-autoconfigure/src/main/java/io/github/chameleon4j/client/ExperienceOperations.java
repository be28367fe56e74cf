package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.ExperienceUpdate;

/**
 * The operations every kind of Experience shares (Tours, Microsurveys, and the other kinds):
 * list, read, and PATCH to publish, unpublish, or move between Environments and Tags.
 *
 * @param <T> the Experience model
 */
public interface ExperienceOperations<T> {

	/**
	 * One page, newest first.
	 * @param page page size and bounds
	 * @return the page
	 */
	Mono<Page<T>> list(PageRequest page);

	/**
	 * Every Experience of this kind, following the cursor with pages of 500.
	 * @return the Experiences, newest first
	 */
	Flux<T> listAll();

	/**
	 * One Experience.
	 * @param id the Chameleon ID
	 * @return the Experience
	 */
	Mono<T> get(String id);

	/**
	 * PATCH an Experience. The reference does not document the response; it is read as the
	 * updated object under its singular key.
	 * @param id the Chameleon ID
	 * @param update the change
	 * @return the updated Experience
	 */
	Mono<T> update(String id, ExperienceUpdate update);

}
