package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Environment;
import io.github.chameleon4j.model.EnvironmentChange;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

/**
 * Environments ({@code url_groups}): groups of domains such as Production and Staging.
 * <p>
 * The reference's two GET examples wrap Environments in {@code urls} / {@code url}, most likely a
 * copy-paste from Domains; the create and update responses use {@code url_group}. Both GETs accept
 * {@code url_groups}/{@code url_group} first and fall back to {@code urls}/{@code url}.
 */
@HttpExchange("/v3/edit/url_groups")
public interface EnvironmentOperations {

	/**
	 * Creates an Environment.
	 * @param change the settings; {@code name} is required
	 * @return the Environment
	 */
	@PostExchange @Envelope("url_group")
	Mono<Environment> create(@RequestBody EnvironmentChange change);

	/**
	 * Changes some settings ({@code PATCH}), including archiving.
	 * @param id the Chameleon ID
	 * @param change the settings
	 * @return the Environment
	 */
	@PatchExchange("/{id}") @Envelope("url_group")
	Mono<Environment> update(@PathVariable String id, @RequestBody EnvironmentChange change);

	/**
	 * Sets the settings ({@code PUT}).
	 * @param id the Chameleon ID
	 * @param change the settings
	 * @return the Environment
	 */
	@PutExchange("/{id}") @Envelope("url_group")
	Mono<Environment> replace(@PathVariable String id, @RequestBody EnvironmentChange change);

	/**
	 * One page of Environments.
	 * @param page page size and bounds
	 * @return the page
	 */
	@GetExchange @Envelope({ "url_groups", "urls" })
	Mono<Page<Environment>> list(PageRequest page);

	/**
	 * Every Environment.
	 * @return the Environments
	 */
	default Flux<Environment> listAll() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), this::list);
	}

	/**
	 * One Environment.
	 * @param id the Chameleon ID
	 * @return the Environment
	 */
	@GetExchange("/{id}") @Envelope({ "url_group", "url" })
	Mono<Environment> get(@PathVariable String id);

}
