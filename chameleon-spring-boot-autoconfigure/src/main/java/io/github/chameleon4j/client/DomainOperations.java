package io.github.chameleon4j.client;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Domain;
import io.github.chameleon4j.model.DomainChange;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

/**
 * Domains ({@code urls}): the hosts on which Chameleon may run.
 */
@HttpExchange("/v3/edit/urls")
public interface DomainOperations {

	/**
	 * Enables a host. {@code enabled} is required by the API; when the change does not set it the
	 * documented default {@code on} is sent.
	 * @param host the fully-qualified host, e.g. {@code app.example.org}
	 * @param change further settings
	 * @return the domain
	 */
	@PostExchange @SafeToRepeat @Envelope("url")
	Mono<Domain> create(@RequestBody String host, @RequestBody DomainChange change);

	/**
	 * Changes some settings ({@code PATCH}).
	 * @param id the Chameleon ID
	 * @param change the settings
	 * @return the domain
	 */
	@PatchExchange("/{id}") @Envelope("url")
	Mono<Domain> update(@PathVariable String id, @RequestBody DomainChange change);

	/**
	 * Sets the settings ({@code PUT}).
	 * @param id the Chameleon ID
	 * @param change the settings
	 * @return the domain
	 */
	@PutExchange("/{id}") @Envelope("url")
	Mono<Domain> replace(@PathVariable String id, @RequestBody DomainChange change);

	/**
	 * Applies the same change to many domains ({@code POST /v3/edit/urls/batch}).
	 * @param ids the Chameleon IDs
	 * @param change the settings
	 * @return every listed domain, changed or not
	 */
	@PostExchange("/batch") @SafeToRepeat @Envelope("urls")
	Mono<List<Domain>> updateAll(@RequestBody List<String> ids, @RequestBody DomainChange change);

	/**
	 * One page of domains.
	 * @param domain only hosts on this registrable domain (e.g. {@code ex.io}), or {@code null}
	 * @param page page size and bounds
	 * @return the page
	 */
	@GetExchange @Envelope("urls")
	Mono<Page<Domain>> list(@RequestParam(required = false) @Nullable String domain, PageRequest page);

	/**
	 * Every domain.
	 * @param domain only hosts on this registrable domain, or {@code null}
	 * @return the domains
	 */
	default Flux<Domain> listAll(@Nullable String domain) {
		if (domain != null) {
			Arguments.requireText(domain, "domain");
		}
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), (page) -> list(domain, page));
	}

	/**
	 * One domain.
	 * @param id the Chameleon ID
	 * @return the domain
	 */
	@GetExchange("/{id}") @Envelope("url")
	Mono<Domain> get(@PathVariable String id);

}
