package io.github.chameleon4j.client.blocking;

import io.github.chameleon4j.client.ExperienceOperations;
import io.github.chameleon4j.model.ExperienceUpdate;

/**
 * An Experience kind (Tours, Microsurveys, ...), blocking: {@link ExperienceOperations} with plain results.
 * @param <T> the Experience type
 */
public interface BlockingExperienceOperations<T> extends BlockingReadOnlyOperations<T> {

	/**
	 * {@link ExperienceOperations#update}.
	 * @param id the Experience ID
	 * @param update the changes
	 * @return the updated Experience
	 */
	T update(String id, ExperienceUpdate update);

}
