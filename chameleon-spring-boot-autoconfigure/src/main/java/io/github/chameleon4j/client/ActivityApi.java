package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.SurveyResponse;
import io.github.chameleon4j.model.TourInteraction;

/** Tour Interactions and Microsurvey Responses: the same list contract on two paths. */
interface ActivityApi {

	private static PageRequest start(ActivityQuery query) {
		return (Arguments.requireNonNull(query, "query").page() != null) ? query.page() : PageRequest.first();
	}

	interface Interactions extends InteractionOperations {

		@Override
		@GetExchange("/v3/analyze/interactions") @Envelope("interactions")
		Mono<Page<TourInteraction>> list(ActivityQuery query);

		@Override
		default Flux<TourInteraction> listAll(ActivityQuery query) {
			return Paginator.all(start(query), (page) -> list(query.page(page)), TourInteraction::id);
		}

	}

	interface Responses extends ResponseOperations {

		@Override
		@GetExchange("/v3/analyze/responses") @Envelope("responses")
		Mono<Page<SurveyResponse>> list(ActivityQuery query);

		@Override
		default Flux<SurveyResponse> listAll(ActivityQuery query) {
			return Paginator.all(start(query), (page) -> list(query.page(page)), SurveyResponse::id);
		}

		@Override
		@DeleteExchange("/v3/edit/responses/{id}") @Envelope("response")
		Mono<IdReference> delete(@PathVariable String id);

	}

}
