package io.github.chameleon4j.client;

import java.util.List;

import org.springframework.lang.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Domain;
import io.github.chameleon4j.model.DomainChange;

/**
 * Domains ({@code urls}): the hosts on which Chameleon may run.
 */
public interface DomainOperations {

	/**
	 * Enables a host. {@code enabled} is required by the API; when the change does not set it the
	 * documented default {@code on} is sent.
	 * @param host the fully-qualified host, e.g. {@code app.example.org}
	 * @param change further settings
	 * @return the domain
	 */
	Mono<Domain> create(String host, DomainChange change);

	/**
	 * Changes some settings ({@code PATCH}).
	 * @param id the Chameleon ID
	 * @param change the settings
	 * @return the domain
	 */
	Mono<Domain> update(String id, DomainChange change);

	/**
	 * Sets the settings ({@code PUT}).
	 * @param id the Chameleon ID
	 * @param change the settings
	 * @return the domain
	 */
	Mono<Domain> replace(String id, DomainChange change);

	/**
	 * Applies the same change to many domains ({@code POST /v3/edit/urls/batch}).
	 * @param ids the Chameleon IDs
	 * @param change the settings
	 * @return every listed domain, changed or not
	 */
	Mono<List<Domain>> updateAll(List<String> ids, DomainChange change);

	/**
	 * One page of domains.
	 * @param domain only hosts on this registrable domain (e.g. {@code ex.io}), or {@code null}
	 * @param page page size and bounds
	 * @return the page
	 */
	Mono<Page<Domain>> list(@Nullable String domain, PageRequest page);

	/**
	 * Every domain.
	 * @param domain only hosts on this registrable domain, or {@code null}
	 * @return the domains
	 */
	Flux<Domain> listAll(@Nullable String domain);

	/**
	 * One domain.
	 * @param id the Chameleon ID
	 * @return the domain
	 */
	Mono<Domain> get(String id);

}
