package io.github.chameleon4j.client;

import java.util.function.Function;

import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.ExperienceUpdate;

/** Every Experience kind: a read-only collection plus PATCH, parameterised by collection and key names. */
final class DefaultExperienceOperations<T> extends DefaultReadOnlyOperations<T> implements ExperienceOperations<T> {

	DefaultExperienceOperations(ChameleonTransport transport, Class<T> type, String collection, String singular,
			Function<T, String> idOf) {
		super(transport, type, collection, singular, idOf);
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
