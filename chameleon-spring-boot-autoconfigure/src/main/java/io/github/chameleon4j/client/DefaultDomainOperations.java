package io.github.chameleon4j.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.lang.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Domain;
import io.github.chameleon4j.model.DomainChange;

final class DefaultDomainOperations implements DomainOperations {

	private final ChameleonTransport transport;

	DefaultDomainOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Mono<Domain> create(String host, DomainChange change) {
		Arguments.requireText(host, "host");
		Arguments.requireNonNull(change, "change");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("host", host);
		if (!change.hasEnabled()) {
			body.put("enabled", "on");
		}
		body.putAll(change.toBody());
		// Enabling a host twice leaves one enabled host: safe to repeat.
		return this.transport.exchange(ApiRequest.post("/v3/edit/urls").body(body).idempotent(true),
				Readers.single(Domain.class, "url"));
	}

	@Override
	public Mono<Domain> update(String id, DomainChange change) {
		Arguments.requireText(id, "id");
		requireChange(change);
		return this.transport.exchange(ApiRequest.patch("/v3/edit/urls/{id}", id).body(change.toBody()),
				Readers.single(Domain.class, "url"));
	}

	@Override
	public Mono<Domain> replace(String id, DomainChange change) {
		Arguments.requireText(id, "id");
		requireChange(change);
		return this.transport.exchange(ApiRequest.put("/v3/edit/urls/{id}", id).body(change.toBody()),
				Readers.single(Domain.class, "url"));
	}

	@Override
	public Mono<List<Domain>> updateAll(List<String> ids, DomainChange change) {
		List<String> checked = DefaultHelpBarOperations.requireIds(ids);
		requireChange(change);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ids", checked);
		body.putAll(change.toBody());
		return this.transport.exchange(ApiRequest.post("/v3/edit/urls/batch").body(body).idempotent(true),
				Readers.list(Domain.class, "urls"));
	}

	@Override
	public Mono<Page<Domain>> list(@Nullable String domain, PageRequest page) {
		if (domain != null) {
			Arguments.requireText(domain, "domain");
		}
		Arguments.requireNonNull(page, "page");
		return this.transport.exchange(ApiRequest.get("/v3/edit/urls").query("domain", domain).page(page),
				Readers.page(Domain.class, "urls"));
	}

	@Override
	public Flux<Domain> listAll(@Nullable String domain) {
		if (domain != null) {
			Arguments.requireText(domain, "domain");
		}
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), (page) -> list(domain, page), Domain::id);
	}

	@Override
	public Mono<Domain> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.get("/v3/edit/urls/{id}", id), Readers.single(Domain.class, "url"));
	}

	private static void requireChange(DomainChange change) {
		Arguments.requireNonNull(change, "change");
		if (change.isEmpty()) {
			throw new IllegalArgumentException("change must set at least one field");
		}
	}

}
