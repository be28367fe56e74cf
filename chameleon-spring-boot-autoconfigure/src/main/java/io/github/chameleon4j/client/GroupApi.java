package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.AlertGroup;
import io.github.chameleon4j.model.RateLimitGroup;
import io.github.chameleon4j.model.RateLimitGroupExperiences;

/** Rate Limit Groups and Alert Groups: read-only lists, complete rather than paginated. */
interface GroupApi {

	@HttpExchange("/v3/edit/limit_groups")
	interface LimitGroups extends RateLimitGroupOperations {

		@Override
		@GetExchange @Envelope("limit_groups")
		Flux<RateLimitGroup> list();

		@Override
		@GetExchange("/{id}") @Envelope("limit_group")
		Mono<RateLimitGroup> get(@PathVariable String id);

		@Override
		default Mono<RateLimitGroupExperiences> experiences(String id, boolean publishedOnly) {
			return experiences(id, publishedOnly ? "published_at" : "all");
		}

		/** The group and its Experiences at the top level. */
		@GetExchange("/{id}/experiences") @Envelope(value = "limit_group", shape = Shape.WHOLE_BODY)
		Mono<RateLimitGroupExperiences> experiences(@PathVariable String id, @RequestParam String filter);

	}

	@HttpExchange("/v3/edit/alert_groups")
	interface AlertGroups extends AlertGroupOperations {

		@Override
		@GetExchange @Envelope("alert_groups")
		Flux<AlertGroup> list();

		@Override
		@GetExchange("/{id}") @Envelope("alert_group")
		Mono<AlertGroup> get(@PathVariable String id);

	}

}
