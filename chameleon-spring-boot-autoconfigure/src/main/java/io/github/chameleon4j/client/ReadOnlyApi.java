package io.github.chameleon4j.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.EventName;
import io.github.chameleon4j.model.Tag;
import io.github.chameleon4j.model.TagAssignment;
import io.github.chameleon4j.model.TagUpdate;
import io.github.chameleon4j.model.Theme;

/**
 * A cursor-paginated, read-only collection, declared once for every kind: each kind is a one-line
 * sub-interface naming its URL, whose records sit under the resource's own names (see {@link Envelope}).
 *
 * @param <T> the record type
 */
interface ReadOnlyApi<T> extends ReadOnlyOperations<T> {

	@Override
	@GetExchange @Envelope
	Mono<Page<T>> list(PageRequest page);

	@Override
	default Flux<T> listAll() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), this::list, this::idOf);
	}

	@Override
	@GetExchange("/{id}") @Envelope
	Mono<T> get(@PathVariable String id);

	/** The record's Chameleon ID, for the paginator. */
	String idOf(T record);

	@HttpExchange("/v3/edit/event_names")
	interface EventNames extends ReadOnlyApi<EventName> {

		@Override
		default String idOf(EventName record) {
			return record.id();
		}

	}

	@HttpExchange("/v3/edit/themes")
	interface Themes extends ReadOnlyApi<Theme> {

		@Override
		default String idOf(Theme record) {
			return record.id();
		}

	}

	@HttpExchange("/v3/edit/tags")
	interface Tags extends ReadOnlyApi<Tag>, TagOperations {

		@Override
		default String idOf(Tag record) {
			return record.id();
		}

		@Override
		default Mono<List<TagAssignment>> bulkUpdate(List<TagUpdate> updates) {
			Arguments.requireNonNull(updates, "updates");
			if (updates.isEmpty() || updates.stream().anyMatch(Objects::isNull)) {
				throw new IllegalArgumentException("updates must hold at least one update and no null");
			}
			return bulkUpdate(Map.of("updates", updates.stream().map(TagUpdate::toBody).toList()));
		}

		/** "+name"/"-name" toggles are not safe to repeat blindly: a plain POST, not retried once sent. */
		@PostExchange("/bulk") @Envelope("updates")
		Mono<List<TagAssignment>> bulkUpdate(@RequestBody Map<String, Object> body);

	}

}
