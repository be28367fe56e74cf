package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The operations of a cursor-paginated, read-only collection (Event Names, Tags, Themes).
 *
 * @param <T> the record type
 */
public interface ReadOnlyOperations<T> {

	/**
	 * One page, newest first.
	 * @param page page size and bounds
	 * @return the page
	 */
	Mono<Page<T>> list(PageRequest page);

	/**
	 * Every record, following the cursor with pages of 500.
	 * @return the records, newest first
	 */
	Flux<T> listAll();

	/**
	 * One record.
	 * @param id the Chameleon ID
	 * @return the record
	 */
	Mono<T> get(String id);

}
