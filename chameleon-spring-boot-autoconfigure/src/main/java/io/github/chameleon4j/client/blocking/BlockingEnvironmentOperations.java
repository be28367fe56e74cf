package io.github.chameleon4j.client.blocking;

import java.util.stream.Stream;

import io.github.chameleon4j.client.EnvironmentOperations;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Environment;
import io.github.chameleon4j.model.EnvironmentChange;

/**
 * Environments ({@code url_groups}), blocking: {@link EnvironmentOperations} with plain results.
 */
public interface BlockingEnvironmentOperations {

	/** {@link EnvironmentOperations#create}. @param change the settings @return the environment */
	Environment create(EnvironmentChange change);

	/**
	 * {@link EnvironmentOperations#update}.
	 * @param id the environment ID
	 * @param change the changes
	 * @return the environment
	 */
	Environment update(String id, EnvironmentChange change);

	/**
	 * {@link EnvironmentOperations#replace}.
	 * @param id the environment ID
	 * @param change the new values
	 * @return the environment
	 */
	Environment replace(String id, EnvironmentChange change);

	/** {@link EnvironmentOperations#list}. @param page the page @return one page */
	Page<Environment> list(PageRequest page);

	/** {@link EnvironmentOperations#listAll}. @return every environment, fetched page by page as the stream is read */
	Stream<Environment> listAll();

	/** {@link EnvironmentOperations#get}. @param id the environment ID @return the environment */
	Environment get(String id);

}
