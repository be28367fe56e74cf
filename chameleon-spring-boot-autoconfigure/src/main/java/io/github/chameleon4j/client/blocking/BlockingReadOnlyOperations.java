package io.github.chameleon4j.client.blocking;

import java.util.stream.Stream;

import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.client.ReadOnlyOperations;

/**
 * A resource that is listed and read, blocking: {@link ReadOnlyOperations} with plain results.
 * @param <T> the record type
 */
public interface BlockingReadOnlyOperations<T> {

	/** {@link ReadOnlyOperations#list}. @param page the page @return one page */
	Page<T> list(PageRequest page);

	/**
	 * {@link ReadOnlyOperations#listAll}.
	 * @return every record, fetched page by page as the stream is read (close it to stop early)
	 */
	Stream<T> listAll();

	/** {@link ReadOnlyOperations#get}. @param id the ID @return the record */
	T get(String id);

}
