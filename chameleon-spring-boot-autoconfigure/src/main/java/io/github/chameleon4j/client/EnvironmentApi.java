package io.github.chameleon4j.client;

import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Environment;
import io.github.chameleon4j.model.EnvironmentChange;

/**
 * Environments ({@code url_groups}): the HTTP declarations behind {@link EnvironmentOperations}. The
 * GETs read {@code url_groups}/{@code url_group}, falling back to the documented {@code urls}/{@code url}.
 */
@HttpExchange("/v3/edit/url_groups")
interface EnvironmentApi extends EnvironmentOperations {

	@Override
	default Mono<Environment> create(EnvironmentChange change) {
		Arguments.requireNonNull(change, "change");
		if (!(change.toBody().get("name") instanceof String)) {
			throw new IllegalArgumentException("change must set the name");
		}
		return create(change.toBody());
	}

	@PostExchange @Envelope("url_group")
	Mono<Environment> create(@RequestBody Map<String, Object> body);

	@Override
	default Mono<Environment> update(String id, EnvironmentChange change) {
		return update(id, RequestArguments.changes(change, "change"));
	}

	@PatchExchange("/{id}") @Envelope("url_group")
	Mono<Environment> update(@PathVariable String id, @RequestBody Map<String, Object> body);

	@Override
	default Mono<Environment> replace(String id, EnvironmentChange change) {
		return replace(id, RequestArguments.changes(change, "change"));
	}

	@PutExchange("/{id}") @Envelope("url_group")
	Mono<Environment> replace(@PathVariable String id, @RequestBody Map<String, Object> body);

	@Override
	@GetExchange @Envelope({ "url_groups", "urls" })
	Mono<Page<Environment>> list(PageRequest page);

	@Override
	default Flux<Environment> listAll() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), this::list, Environment::id);
	}

	@Override
	@GetExchange("/{id}") @Envelope({ "url_group", "url" })
	Mono<Environment> get(@PathVariable String id);

}
