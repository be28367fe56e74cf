package io.github.chameleon4j.client;

import org.springframework.lang.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Property;
import io.github.chameleon4j.model.PropertyChange;
import io.github.chameleon4j.model.PropertyKind;

/**
 * Data Properties: the registry of custom properties on profiles, companies and events.
 */
public interface PropertyOperations {

	/**
	 * Every Property of a kind (the list is complete, not paginated).
	 * @param kind {@code PROFILE} or {@code COMPANY} (required by the API)
	 * @param integration only Properties from this integration (e.g. {@code api}), or {@code null}
	 * @param orderByLastSeen {@code true} to order by {@code last_seen_at} instead of {@code created_at}
	 * @return the Properties
	 */
	Flux<Property> list(PropertyKind kind, @Nullable String integration, boolean orderByLastSeen);

	/**
	 * Creates a Property; the server derives its {@code prop} key from the name.
	 * @param name display name
	 * @param description description
	 * @param kind {@code PROFILE}, {@code COMPANY} or {@code EVENT}
	 * @return the Property
	 */
	Mono<Property> create(String name, String description, PropertyKind kind);

	/**
	 * Changes some fields ({@code PATCH}).
	 * @param id the Chameleon ID
	 * @param change the fields
	 * @return the Property (read from the inferred key {@code property})
	 */
	Mono<Property> update(String id, PropertyChange change);

	/**
	 * Replaces the editable fields ({@code PUT}).
	 * @param id the Chameleon ID
	 * @param change the fields
	 * @return the Property (read from the inferred key {@code property})
	 */
	Mono<Property> replace(String id, PropertyChange change);

}
