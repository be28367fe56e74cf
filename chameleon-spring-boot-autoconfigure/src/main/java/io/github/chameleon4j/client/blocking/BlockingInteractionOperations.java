package io.github.chameleon4j.client.blocking;

import java.util.stream.Stream;

import io.github.chameleon4j.model.ActivityQuery;
import io.github.chameleon4j.client.InteractionOperations;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.TourInteraction;

/**
 * Tour Interactions, blocking: {@link InteractionOperations} with plain results.
 */
public interface BlockingInteractionOperations {

	/** {@link InteractionOperations#list}. @param query the criteria @return one page */
	Page<TourInteraction> list(ActivityQuery query);

	/**
	 * {@link InteractionOperations#listAll}.
	 * @param query the criteria
	 * @return the interactions, fetched page by page as the stream is read (close it to stop early)
	 */
	Stream<TourInteraction> listAll(ActivityQuery query);

}
