package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.SurveyResponse;

/**
 * Microsurvey Responses: export and delete.
 */
public interface ResponseOperations {

	/**
	 * One page of a Microsurvey's responses ({@code GET /v3/analyze/responses?id=}).
	 * @param query the Microsurvey ID and options
	 * @return the page
	 */
	Mono<Page<SurveyResponse>> list(ActivityQuery query);

	/**
	 * Every response of a Microsurvey, following the cursor.
	 * @param query the Microsurvey ID and options
	 * @return the responses
	 */
	Flux<SurveyResponse> listAll(ActivityQuery query);

	/**
	 * {@code DELETE /v3/edit/responses/:id}; also rolls back the related metrics.
	 * @param id the Response ID
	 * @return the deleted response's reference
	 */
	Mono<IdReference> delete(String id);

}
