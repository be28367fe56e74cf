package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Environment;
import io.github.chameleon4j.model.EnvironmentChange;

/**
 * Environments ({@code url_groups}): groups of domains such as Production and Staging.
 * <p>
 * The reference's two GET examples wrap Environments in {@code urls} / {@code url}, most likely a
 * copy-paste from Domains; the create and update responses use {@code url_group}. Both GETs accept
 * {@code url_groups}/{@code url_group} first and fall back to {@code urls}/{@code url}.
 */
public interface EnvironmentOperations {

	/**
	 * Creates an Environment.
	 * @param change the settings; {@code name} is required
	 * @return the Environment
	 */
	Mono<Environment> create(EnvironmentChange change);

	/**
	 * Changes some settings ({@code PATCH}), including archiving.
	 * @param id the Chameleon ID
	 * @param change the settings
	 * @return the Environment
	 */
	Mono<Environment> update(String id, EnvironmentChange change);

	/**
	 * Sets the settings ({@code PUT}).
	 * @param id the Chameleon ID
	 * @param change the settings
	 * @return the Environment
	 */
	Mono<Environment> replace(String id, EnvironmentChange change);

	/**
	 * One page of Environments.
	 * @param page page size and bounds
	 * @return the page
	 */
	Mono<Page<Environment>> list(PageRequest page);

	/**
	 * Every Environment.
	 * @return the Environments
	 */
	Flux<Environment> listAll();

	/**
	 * One Environment.
	 * @param id the Chameleon ID
	 * @return the Environment
	 */
	Mono<Environment> get(String id);

}
