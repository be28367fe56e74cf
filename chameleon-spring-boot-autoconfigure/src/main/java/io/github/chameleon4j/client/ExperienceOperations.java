package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PatchExchange;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.ExperienceUpdate;

/**
 * The operations every kind of Experience shares (Tours, Microsurveys, and the other kinds):
 * list and read ({@link ReadOnlyOperations}), and PATCH to publish, unpublish, or move between Environments and Tags.
 *
 * @param <T> the Experience model
 */
public interface ExperienceOperations<T> extends ReadOnlyOperations<T> {

	/**
	 * PATCH an Experience. The reference does not document the response; it is read as the
	 * updated object under its singular key.
	 * @param id the Chameleon ID
	 * @param update the change
	 * @return the updated Experience
	 */
	@PatchExchange("/{id}") @Envelope
	Mono<T> update(@PathVariable String id, @RequestBody ExperienceUpdate update);

}
