package io.github.chameleon4j.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.lang.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Property;
import io.github.chameleon4j.model.PropertyChange;
import io.github.chameleon4j.model.PropertyKind;

final class DefaultPropertyOperations implements PropertyOperations {

	private final ChameleonTransport transport;

	DefaultPropertyOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Flux<Property> list(PropertyKind kind, @Nullable String integration, boolean orderByLastSeen) {
		Arguments.requireNonNull(kind, "kind");
		if (kind != PropertyKind.PROFILE && kind != PropertyKind.COMPANY) {
			throw new IllegalArgumentException("kind must be PROFILE or COMPANY, was " + kind);
		}
		if (integration != null) {
			Arguments.requireText(integration, "integration");
		}
		ApiRequest request = ApiRequest.get("/v3/edit/properties")
			.query("kind", kind.wireValue())
			.query("integration", integration)
			.query("order", orderByLastSeen ? "last_seen_at" : null);
		return this.transport.exchange(request, Readers.list(Property.class, "properties"))
			.flatMapIterable((properties) -> properties);
	}

	@Override
	public Mono<Property> create(String name, String description, PropertyKind kind) {
		Arguments.requireText(name, "name");
		Arguments.requireText(description, "description");
		Arguments.requireNonNull(kind, "kind");
		if (kind == PropertyKind.UNKNOWN) {
			throw new IllegalArgumentException("kind must be PROFILE, COMPANY or EVENT");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("description", description);
		body.put("kind", kind.wireValue());
		return this.transport.exchange(ApiRequest.post("/v3/edit/properties").body(body),
				Readers.single(Property.class, "property"));
	}

	@Override
	public Mono<Property> update(String id, PropertyChange change) {
		return write(ApiRequest::patch, id, change);
	}

	@Override
	public Mono<Property> replace(String id, PropertyChange change) {
		return write(ApiRequest::put, id, change);
	}

	private Mono<Property> write(java.util.function.BiFunction<String, Object[], ApiRequest> method, String id,
			PropertyChange change) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(change, "change");
		if (change.isEmpty()) {
			throw new IllegalArgumentException("change must set at least one field");
		}
		ApiRequest request = method.apply("/v3/edit/properties/{id}", new Object[] { id }).body(change.toBody());
		return this.transport.exchange(request, Readers.single(Property.class, "property"));
	}

}
