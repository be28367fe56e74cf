package io.github.chameleon4j.client.blocking;

import java.util.stream.Stream;

import io.github.chameleon4j.client.ChangeOperations;
import io.github.chameleon4j.model.ChangeQuery;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.Change;
import io.github.chameleon4j.model.ChangeSummary;
import io.github.chameleon4j.model.ExperienceKind;

/**
 * The change (audit) feed, blocking: {@link ChangeOperations} with plain results.
 */
public interface BlockingChangeOperations {

	/** {@link ChangeOperations#list}. @param query the criteria @return one page */
	Page<Change> list(ChangeQuery query);

	/**
	 * {@link ChangeOperations#listAll}.
	 * @param query the criteria
	 * @return the changes, fetched page by page as the stream is read (close it to stop early)
	 */
	Stream<Change> listAll(ChangeQuery query);

	/**
	 * {@link ChangeOperations#forExperience}.
	 * @param kind the Experience kind
	 * @param id the Experience ID
	 * @param query the criteria
	 * @return one page
	 */
	Page<Change> forExperience(ExperienceKind kind, String id, ChangeQuery query);

	/**
	 * {@link ChangeOperations#summary}.
	 * @param kind the Experience kind
	 * @param id the Experience ID
	 * @return the summary
	 */
	ChangeSummary summary(ExperienceKind kind, String id);

}
