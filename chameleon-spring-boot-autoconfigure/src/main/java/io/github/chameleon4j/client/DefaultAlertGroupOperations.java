package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.AlertGroup;
import io.github.chameleon4j.model.Arguments;

final class DefaultAlertGroupOperations implements AlertGroupOperations {

	private final ChameleonTransport transport;

	DefaultAlertGroupOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Flux<AlertGroup> list() {
		return this.transport.exchange(ApiRequest.get("/v3/edit/alert_groups"),
				Readers.list(AlertGroup.class, "alert_groups")).flatMapIterable((groups) -> groups);
	}

	@Override
	public Mono<AlertGroup> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.get("/v3/edit/alert_groups/{id}", id),
				Readers.single(AlertGroup.class, "alert_group"));
	}

}
