package io.github.chameleon4j.client;

import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;

/** Shared implementation for read-only collections, parameterised by collection and key names. */
class DefaultReadOnlyOperations<T> implements ReadOnlyOperations<T> {

	final ChameleonTransport transport;

	final Class<T> type;

	final String collection;

	final String singular;

	private final Function<T, String> idOf;

	DefaultReadOnlyOperations(ChameleonTransport transport, Class<T> type, String collection, String singular,
			Function<T, String> idOf) {
		this.transport = transport;
		this.type = type;
		this.collection = collection;
		this.singular = singular;
		this.idOf = idOf;
	}

	@Override
	public Mono<Page<T>> list(PageRequest page) {
		Arguments.requireNonNull(page, "page");
		return this.transport.exchange(ApiRequest.get("/v3/edit/" + this.collection).page(page),
				Readers.page(this.type, this.collection));
	}

	@Override
	public Flux<T> listAll() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), this::list, this.idOf);
	}

	@Override
	public Mono<T> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.get("/v3/edit/" + this.collection + "/{id}", id),
				Readers.single(this.type, this.singular));
	}

}
