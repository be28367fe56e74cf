package io.github.chameleon4j.client;

import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.ExperienceUpdate;

/** Shared implementation for every Experience kind, parameterised by collection and key names. */
final class DefaultExperienceOperations<T> implements ExperienceOperations<T> {

	private final ChameleonTransport transport;

	private final Class<T> type;

	private final String collection;

	private final String singular;

	private final Function<T, String> idOf;

	DefaultExperienceOperations(ChameleonTransport transport, Class<T> type, String collection, String singular,
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

	@Override
	public Mono<T> update(String id, ExperienceUpdate update) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(update, "update");
		if (update.isEmpty()) {
			throw new IllegalArgumentException("update must change at least one field");
		}
		return this.transport.exchange(
				ApiRequest.patch("/v3/edit/" + this.collection + "/{id}", id).body(update.toBody()),
				Readers.single(this.type, this.singular));
	}

}
