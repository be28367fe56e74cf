package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.AlertGroup;

/**
 * Alert Groups ({@code alert_groups}): notifications when Experiences stop being seen or
 * completed. Read-only; both calls include the matching Experiences.
 */
@HttpExchange("/v3/edit/alert_groups")
public interface AlertGroupOperations {

	/**
	 * Every group (the list is complete, not paginated).
	 * @return the groups
	 */
	@GetExchange @Envelope("alert_groups")
	Flux<AlertGroup> list();

	/**
	 * One group.
	 * @param id the Chameleon ID
	 * @return the group
	 */
	@GetExchange("/{id}") @Envelope("alert_group")
	Mono<AlertGroup> get(@PathVariable String id);

}
