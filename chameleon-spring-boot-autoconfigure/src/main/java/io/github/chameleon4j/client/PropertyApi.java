package io.github.chameleon4j.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.lang.Nullable;
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
import io.github.chameleon4j.model.Property;
import io.github.chameleon4j.model.PropertyChange;
import io.github.chameleon4j.model.PropertyKind;

/** Data Properties: the HTTP declarations behind {@link PropertyOperations}. */
@HttpExchange("/v3/edit/properties")
interface PropertyApi extends PropertyOperations {

	@Override
	default Flux<Property> list(PropertyKind kind, @Nullable String integration, boolean orderByLastSeen) {
		Arguments.requireNonNull(kind, "kind");
		if (kind != PropertyKind.PROFILE && kind != PropertyKind.COMPANY) {
			throw new IllegalArgumentException("kind must be PROFILE or COMPANY, was " + kind);
		}
		return list(kind.wireValue(), integration, orderByLastSeen ? "last_seen_at" : null);
	}

	@GetExchange @Envelope("properties")
	Flux<Property> list(@RequestParam String kind, @RequestParam(required = false) @Nullable String integration,
			@RequestParam(required = false) @Nullable String order);

	@Override
	default Mono<Property> create(String name, String description, PropertyKind kind) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", Arguments.requireText(name, "name"));
		body.put("description", Arguments.requireText(description, "description"));
		if (Arguments.requireNonNull(kind, "kind") == PropertyKind.UNKNOWN) {
			throw new IllegalArgumentException("kind must be PROFILE, COMPANY or EVENT");
		}
		body.put("kind", kind.wireValue());
		return create(body);
	}

	@PostExchange @Envelope("property")
	Mono<Property> create(@RequestBody Map<String, Object> body);

	@Override
	default Mono<Property> update(String id, PropertyChange change) {
		return update(id, RequestArguments.changes(change, "change"));
	}

	/** The response is not documented: read from the inferred key. */
	@PatchExchange("/{id}") @Envelope("property")
	Mono<Property> update(@PathVariable String id, @RequestBody Map<String, Object> body);

	@Override
	default Mono<Property> replace(String id, PropertyChange change) {
		return replace(id, RequestArguments.changes(change, "change"));
	}

	@PutExchange("/{id}") @Envelope("property")
	Mono<Property> replace(@PathVariable String id, @RequestBody Map<String, Object> body);

}
