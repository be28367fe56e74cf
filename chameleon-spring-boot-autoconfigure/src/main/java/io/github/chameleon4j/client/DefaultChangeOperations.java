package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Change;
import io.github.chameleon4j.model.ChangeSummary;
import io.github.chameleon4j.model.ExperienceKind;

final class DefaultChangeOperations implements ChangeOperations {

	private final ChameleonTransport transport;

	DefaultChangeOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Mono<Page<Change>> list(ChangeQuery query) {
		Arguments.requireNonNull(query, "query");
		return this.transport.exchange(query.applyTo(ApiRequest.get("/v3/edit/changes"), true),
				Readers.page(Change.class, "changes"));
	}

	@Override
	public Flux<Change> listAll(ChangeQuery query) {
		Arguments.requireNonNull(query, "query");
		PageRequest start = (query.page() != null) ? query.page() : PageRequest.first();
		return Paginator.all(start, (page) -> list(query.page(page)), Change::id);
	}

	@Override
	public Mono<Page<Change>> forExperience(ExperienceKind kind, String id, ChangeQuery query) {
		Arguments.requireNonNull(kind, "kind");
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(query, "query");
		ApiRequest request = ApiRequest.get("/v3/edit/" + kind.collection() + "/{id}/changes", id);
		return this.transport.exchange(query.applyTo(request, false), Readers.page(Change.class, "changes"));
	}

	@Override
	public Mono<ChangeSummary> summary(ExperienceKind kind, String id) {
		Arguments.requireNonNull(kind, "kind");
		Arguments.requireText(id, "id");
		ApiRequest request = ApiRequest.get("/v3/edit/" + kind.collection() + "/{id}/changes/summary", id);
		// No wrapper key is documented; tolerate one ("summary") should the server add it.
		return this.transport.exchange(request, (status, body, mapper) -> {
			if (!body.isObject()) {
				throw new IllegalStateException("expected a summary object");
			}
			return mapper.treeToValue(body.has("summary") && body.get("summary").isObject() ? body.get("summary") : body,
					ChangeSummary.class);
		});
	}

}
