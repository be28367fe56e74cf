package io.github.chameleon4j.client.blocking;

import java.util.stream.Stream;

import io.github.chameleon4j.model.ActivityQuery;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.client.ResponseOperations;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.SurveyResponse;

/**
 * Microsurvey Responses, blocking: {@link ResponseOperations} with plain results.
 */
public interface BlockingResponseOperations {

	/** {@link ResponseOperations#list}. @param query the criteria @return one page */
	Page<SurveyResponse> list(ActivityQuery query);

	/**
	 * {@link ResponseOperations#listAll}.
	 * @param query the criteria
	 * @return the responses, fetched page by page as the stream is read (close it to stop early)
	 */
	Stream<SurveyResponse> listAll(ActivityQuery query);

	/** {@link ResponseOperations#delete}. @param id the response ID @return the deleted response's ID */
	IdReference delete(String id);

}
