package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Environment;
import io.github.chameleon4j.model.EnvironmentChange;

final class DefaultEnvironmentOperations implements EnvironmentOperations {

	private final ChameleonTransport transport;

	DefaultEnvironmentOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Mono<Environment> create(EnvironmentChange change) {
		Arguments.requireNonNull(change, "change");
		if (!(change.toBody().get("name") instanceof String)) {
			throw new IllegalArgumentException("change must set the name");
		}
		return this.transport.exchange(ApiRequest.post("/v3/edit/url_groups").body(change.toBody()),
				Readers.single(Environment.class, "url_group"));
	}

	@Override
	public Mono<Environment> update(String id, EnvironmentChange change) {
		Arguments.requireText(id, "id");
		requireChange(change);
		return this.transport.exchange(ApiRequest.patch("/v3/edit/url_groups/{id}", id).body(change.toBody()),
				Readers.single(Environment.class, "url_group"));
	}

	@Override
	public Mono<Environment> replace(String id, EnvironmentChange change) {
		Arguments.requireText(id, "id");
		requireChange(change);
		return this.transport.exchange(ApiRequest.put("/v3/edit/url_groups/{id}", id).body(change.toBody()),
				Readers.single(Environment.class, "url_group"));
	}

	@Override
	public Mono<Page<Environment>> list(PageRequest page) {
		Arguments.requireNonNull(page, "page");
		return this.transport.exchange(ApiRequest.get("/v3/edit/url_groups").page(page),
				Readers.page(Environment.class, "url_groups", "urls"));
	}

	@Override
	public Flux<Environment> listAll() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), this::list, Environment::id);
	}

	@Override
	public Mono<Environment> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.get("/v3/edit/url_groups/{id}", id),
				Readers.single(Environment.class, "url_group", "url"));
	}

	private static void requireChange(EnvironmentChange change) {
		Arguments.requireNonNull(change, "change");
		if (change.isEmpty()) {
			throw new IllegalArgumentException("change must set at least one field");
		}
	}

}
