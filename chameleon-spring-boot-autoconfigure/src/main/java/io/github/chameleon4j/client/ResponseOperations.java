package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.SurveyResponse;
import io.github.chameleon4j.model.ActivityQuery;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

/**
 * Microsurvey Responses: export and delete.
 */
public interface ResponseOperations {

	/**
	 * One page of a Microsurvey's responses ({@code GET /v3/analyze/responses?id=}).
	 * @param query the Microsurvey ID and options
	 * @return the page
	 */
	@GetExchange("/v3/analyze/responses") @Envelope("responses")
	Mono<Page<SurveyResponse>> list(ActivityQuery query);

	/**
	 * Every response of a Microsurvey, following the cursor.
	 * @param query the Microsurvey ID and options
	 * @return the responses
	 */
	default Flux<SurveyResponse> listAll(ActivityQuery query) {
		Arguments.requireNonNull(query, "query");
		return Paginator.all((query.page() != null) ? query.page() : PageRequest.first(), (page) -> list(query.page(page)));
	}

	/**
	 * {@code DELETE /v3/edit/responses/:id}; also rolls back the related metrics.
	 * @param id the Response ID
	 * @return the deleted response's reference
	 */
	@DeleteExchange("/v3/edit/responses/{id}") @Envelope("response")
	Mono<IdReference> delete(@PathVariable String id);

}
