package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.AlertGroup;

/**
 * Alert Groups ({@code alert_groups}): notifications when Experiences stop being seen or
 * completed. Read-only; both calls include the matching Experiences.
 */
public interface AlertGroupOperations {

	/**
	 * Every group (the list is complete, not paginated).
	 * @return the groups
	 */
	Flux<AlertGroup> list();

	/**
	 * One group.
	 * @param id the Chameleon ID
	 * @return the group
	 */
	Mono<AlertGroup> get(String id);

}
