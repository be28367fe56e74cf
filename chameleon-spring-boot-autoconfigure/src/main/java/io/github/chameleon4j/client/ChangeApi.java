package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Change;
import io.github.chameleon4j.model.ChangeSummary;
import io.github.chameleon4j.model.ExperienceKind;

/** The change feed: the HTTP declarations behind {@link ChangeOperations}. */
@HttpExchange("/v3/edit")
interface ChangeApi extends ChangeOperations {

	@Override
	@GetExchange("/changes") @Envelope("changes")
	Mono<Page<Change>> list(ChangeQuery query);

	@Override
	default Flux<Change> listAll(ChangeQuery query) {
		Arguments.requireNonNull(query, "query");
		PageRequest start = (query.page() != null) ? query.page() : PageRequest.first();
		return Paginator.all(start, (page) -> list(query.page(page)), Change::id);
	}

	@Override
	default Mono<Page<Change>> forExperience(ExperienceKind kind, String id, ChangeQuery query) {
		Arguments.requireNonNull(kind, "kind");
		Arguments.requireNonNull(query, "query");
		// the per-Experience feed has no model filter
		return forExperience(kind.collection(), id, new ChangeQuery(query.page(), query.properties(), null, null));
	}

	@GetExchange("/{kind}/{id}/changes") @Envelope("changes")
	Mono<Page<Change>> forExperience(@PathVariable String kind, @PathVariable String id, ChangeQuery query);

	@Override
	default Mono<ChangeSummary> summary(ExperienceKind kind, String id) {
		return summary(Arguments.requireNonNull(kind, "kind").collection(), id);
	}

	/** No wrapper key is documented; a {@code summary} wrapper is tolerated should the server add it. */
	@GetExchange("/{kind}/{id}/changes/summary") @Envelope(value = "summary", shape = Shape.RECORD_OR_BODY)
	Mono<ChangeSummary> summary(@PathVariable String kind, @PathVariable String id);

}
