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
import io.github.chameleon4j.model.ChangeQuery;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

/**
 * The audit feed of edits to Experiences and their Steps. Per-Experience paths use the plural
 * collection name ({@code /v3/edit/tours/:id/changes}), as in the reference's example.
 */
@HttpExchange("/v3/edit")
public interface ChangeOperations {

	/**
	 * One page of the account-wide feed.
	 * @param query page and filters
	 * @return the page
	 */
	@GetExchange("/changes") @Envelope("changes")
	Mono<Page<Change>> list(ChangeQuery query);

	/**
	 * The whole account-wide feed from the query's page on.
	 * @param query filters and first page
	 * @return the changes, newest first
	 */
	default Flux<Change> listAll(ChangeQuery query) {
		Arguments.requireNonNull(query, "query");
		return Paginator.all((query.page() != null) ? query.page() : PageRequest.first(), (page) -> list(query.page(page)));
	}

	/**
	 * One page of the changes of one Experience.
	 * @param kind the kind of Experience
	 * @param id the Experience ID
	 * @param query page and property filters ({@code modelKind}/{@code modelId} are ignored)
	 * @return the page
	 */
	@GetExchange("/{kind}/{id}/changes") @Envelope("changes")
	Mono<Page<Change>> forExperience(@PathVariable ExperienceKind kind, @PathVariable String id, ChangeQuery query);

	/**
	 * The rolled-up change summary of one Experience (a top-level object without wrapper key).
	 * @param kind the kind of Experience
	 * @param id the Experience ID
	 * @return the summary
	 */
	@GetExchange("/{kind}/{id}/changes/summary") @Envelope(value = "summary", shape = Shape.RECORD_OR_BODY)
	Mono<ChangeSummary> summary(@PathVariable ExperienceKind kind, @PathVariable String id);

}
