package io.github.chameleon4j.client;

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

import io.github.chameleon4j.model.Property;
import io.github.chameleon4j.model.PropertyChange;
import io.github.chameleon4j.model.PropertyKind;

/**
 * Data Properties: the registry of custom properties on profiles, companies and events.
 */
@HttpExchange("/v3/edit/properties")
public interface PropertyOperations {

	/**
	 * Every Property of a kind (the list is complete, not paginated).
	 * @param kind {@code PROFILE} or {@code COMPANY} (required by the API)
	 * @param integration only Properties from this integration (e.g. {@code api}), or {@code null}
	 * @param orderByLastSeen {@code true} to order by {@code last_seen_at} instead of {@code created_at}
	 * @return the Properties
	 */
	@GetExchange @Envelope("properties")
	Flux<Property> list(@RequestParam PropertyKind kind, @RequestParam(required = false) @Nullable String integration,
			@Flag(name = "order", value = "last_seen_at") boolean orderByLastSeen);

	/**
	 * Creates a Property; the server derives its {@code prop} key from the name.
	 * @param name display name
	 * @param description description
	 * @param kind {@code PROFILE}, {@code COMPANY} or {@code EVENT}
	 * @return the Property
	 */
	@PostExchange @Envelope("property")
	Mono<Property> create(@RequestBody String name, @RequestBody String description, @RequestBody PropertyKind kind);

	/**
	 * Changes some fields ({@code PATCH}).
	 * @param id the Chameleon ID
	 * @param change the fields
	 * @return the Property (read from the inferred key {@code property})
	 */
	@PatchExchange("/{id}") @Envelope("property")
	Mono<Property> update(@PathVariable String id, @RequestBody PropertyChange change);

	/**
	 * Replaces the editable fields ({@code PUT}).
	 * @param id the Chameleon ID
	 * @param change the fields
	 * @return the Property (read from the inferred key {@code property})
	 */
	@PutExchange("/{id}") @Envelope("property")
	Mono<Property> replace(@PathVariable String id, @RequestBody PropertyChange change);

}
