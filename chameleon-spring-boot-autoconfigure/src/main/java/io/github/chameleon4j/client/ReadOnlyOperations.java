package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

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
	@GetExchange @Envelope
	Mono<Page<T>> list(PageRequest page);

	/**
	 * Every record, following the cursor with pages of 500.
	 * @return the records, newest first
	 */
	default Flux<T> listAll() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), this::list);
	}

	/**
	 * One record.
	 * @param id the Chameleon ID
	 * @return the record
	 */
	@GetExchange("/{id}") @Envelope
	Mono<T> get(@PathVariable String id);

}
