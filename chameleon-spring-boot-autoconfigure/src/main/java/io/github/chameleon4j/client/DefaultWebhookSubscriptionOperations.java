package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.WebhookKind;
import io.github.chameleon4j.model.WebhookSubscription;
import io.github.chameleon4j.model.WebhookSubscriptionRequest;

final class DefaultWebhookSubscriptionOperations implements WebhookSubscriptionOperations {

	private final ChameleonTransport transport;

	DefaultWebhookSubscriptionOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Flux<WebhookSubscription> list(WebhookKind kind) {
		Arguments.requireNonNull(kind, "kind");
		return this.transport
			.exchange(ApiRequest.get("/v3/edit/webhooks").query("kind", kind.wireValue()),
					Readers.list(WebhookSubscription.class, "webhooks"))
			.flatMapIterable((webhooks) -> webhooks);
	}

	@Override
	public Mono<WebhookSubscription> create(WebhookSubscriptionRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.transport.exchange(ApiRequest.post("/v3/edit/webhooks").body(request.toBody()),
				Readers.single(WebhookSubscription.class, "webhook"));
	}

	@Override
	public Mono<WebhookSubscription> delete(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.delete("/v3/edit/webhooks/{id}", id),
				Readers.single(WebhookSubscription.class, "webhook"));
	}

}
