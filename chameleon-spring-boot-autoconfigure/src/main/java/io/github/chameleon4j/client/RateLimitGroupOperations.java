package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.RateLimitGroup;
import io.github.chameleon4j.model.RateLimitGroupExperiences;

/**
 * Rate Limit Groups ({@code limit_groups}): caps on how many Experiences a user sees per window
 * (not the API's own rate limiting). Read-only.
 */
@HttpExchange("/v3/edit/limit_groups")
public interface RateLimitGroupOperations {

	/**
	 * Every group (the list is complete, not paginated).
	 * @return the groups
	 */
	@GetExchange @Envelope("limit_groups")
	Flux<RateLimitGroup> list();

	/**
	 * One group.
	 * @param id the Chameleon ID
	 * @return the group
	 */
	@GetExchange("/{id}") @Envelope("limit_group")
	Mono<RateLimitGroup> get(@PathVariable String id);

	/**
	 * The Experiences a group covers.
	 * @param id the Chameleon ID
	 * @param publishedOnly {@code true} for published Experiences only (the API default,
	 * {@code filter=published_at}), {@code false} for all ({@code filter=all})
	 * @return the group with its Tours, Microsurveys and, for {@code kind=tags}, Tags
	 */
	@GetExchange("/{id}/experiences")
	Mono<RateLimitGroupExperiences> experiences(@PathVariable String id,
			@Flag(name = "filter", value = "published_at", otherwise = "all") boolean publishedOnly);

}
