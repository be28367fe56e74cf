package io.github.chameleon4j.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Domain;
import io.github.chameleon4j.model.DomainChange;

/** Domains ({@code urls}): the HTTP declarations behind {@link DomainOperations}. */
@HttpExchange("/v3/edit/urls")
interface DomainApi extends DomainOperations {

	@Override
	default Mono<Domain> create(String host, DomainChange change) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("host", Arguments.requireText(host, "host"));
		if (!Arguments.requireNonNull(change, "change").hasEnabled()) {
			body.put("enabled", "on");
		}
		body.putAll(change.toBody());
		return create(body);
	}

	/** Enabling a host twice leaves one enabled host: safe to repeat. */
	@PostExchange @SafeToRepeat @Envelope("url")
	Mono<Domain> create(@RequestBody Map<String, Object> body);

	@Override
	default Mono<Domain> update(String id, DomainChange change) {
		return update(id, RequestArguments.changes(change, "change"));
	}

	@PatchExchange("/{id}") @Envelope("url")
	Mono<Domain> update(@PathVariable String id, @RequestBody Map<String, Object> body);

	@Override
	default Mono<Domain> replace(String id, DomainChange change) {
		return replace(id, RequestArguments.changes(change, "change"));
	}

	@PutExchange("/{id}") @Envelope("url")
	Mono<Domain> replace(@PathVariable String id, @RequestBody Map<String, Object> body);

	@Override
	default Mono<List<Domain>> updateAll(List<String> ids, DomainChange change) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ids", HelpBarApi.requireIds(ids));
		body.putAll(RequestArguments.changes(change, "change"));
		return updateAll(body);
	}

	@PostExchange("/batch") @SafeToRepeat @Envelope("urls")
	Mono<List<Domain>> updateAll(@RequestBody Map<String, Object> body);

	@Override
	@GetExchange @Envelope("urls")
	Mono<Page<Domain>> list(@RequestParam(required = false) @Nullable String domain, PageRequest page);

	@Override
	default Flux<Domain> listAll(@Nullable String domain) {
		if (domain != null) {
			Arguments.requireText(domain, "domain");
		}
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), (page) -> list(domain, page), Domain::id);
	}

	@Override
	@GetExchange("/{id}") @Envelope("url")
	Mono<Domain> get(@PathVariable String id);

}
