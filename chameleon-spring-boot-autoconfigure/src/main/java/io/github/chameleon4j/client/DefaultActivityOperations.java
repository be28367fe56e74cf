package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.SurveyResponse;
import io.github.chameleon4j.model.TourInteraction;

/** Interactions and Responses: the same list contract on two paths. */
final class DefaultActivityOperations {

	private DefaultActivityOperations() {
	}

	static ApiRequest listRequest(String path, ActivityQuery query) {
		Arguments.requireNonNull(query, "query");
		ApiRequest request = ApiRequest.get(path).query("id", query.experienceId()).page(query.page());
		request.query("order", query.order());
		if (query.expandProfile() != null) {
			request.query("expand[profile]", query.expandProfile().wireValue());
		}
		if (query.expandCompany() != null) {
			request.query("expand[company]", query.expandCompany().wireValue());
		}
		return request;
	}

	static PageRequest start(ActivityQuery query) {
		return (query.page() != null) ? query.page() : PageRequest.first();
	}

	static final class Interactions implements InteractionOperations {

		private final ChameleonTransport transport;

		Interactions(ChameleonTransport transport) {
			this.transport = transport;
		}

		@Override
		public Mono<Page<TourInteraction>> list(ActivityQuery query) {
			return this.transport.exchange(listRequest("/v3/analyze/interactions", query),
					Readers.page(TourInteraction.class, "interactions"));
		}

		@Override
		public Flux<TourInteraction> listAll(ActivityQuery query) {
			Arguments.requireNonNull(query, "query");
			return Paginator.all(start(query), (page) -> list(query.page(page)), TourInteraction::id);
		}

	}

	static final class Responses implements ResponseOperations {

		private final ChameleonTransport transport;

		Responses(ChameleonTransport transport) {
			this.transport = transport;
		}

		@Override
		public Mono<Page<SurveyResponse>> list(ActivityQuery query) {
			return this.transport.exchange(listRequest("/v3/analyze/responses", query),
					Readers.page(SurveyResponse.class, "responses"));
		}

		@Override
		public Flux<SurveyResponse> listAll(ActivityQuery query) {
			Arguments.requireNonNull(query, "query");
			return Paginator.all(start(query), (page) -> list(query.page(page)), SurveyResponse::id);
		}

		@Override
		public Mono<IdReference> delete(String id) {
			Arguments.requireText(id, "id");
			return this.transport.exchange(ApiRequest.delete("/v3/edit/responses/{id}", id),
					Readers.single(IdReference.class, "response"));
		}

	}

}
