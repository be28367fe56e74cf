package io.github.chameleon4j.client;

import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.TourInteraction;
import io.github.chameleon4j.model.ActivityQuery;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

/**
 * Tour Interactions: each user's current state in a Tour ({@code GET /v3/analyze/interactions}).
 */
@HttpExchange("/v3/analyze/interactions")
public interface InteractionOperations {

	/**
	 * One page of a Tour's interactions.
	 * @param query the Tour ID and options
	 * @return the page
	 */
	@GetExchange @Envelope("interactions")
	Mono<Page<TourInteraction>> list(ActivityQuery query);

	/**
	 * Every interaction of a Tour, following the cursor.
	 * @param query the Tour ID and options
	 * @return the interactions
	 */
	default Flux<TourInteraction> listAll(ActivityQuery query) {
		Arguments.requireNonNull(query, "query");
		return Paginator.all((query.page() != null) ? query.page() : PageRequest.first(), (page) -> list(query.page(page)));
	}

}
