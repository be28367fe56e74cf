package io.github.chameleon4j.client;

import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.WebhookKind;
import io.github.chameleon4j.model.WebhookSubscription;
import io.github.chameleon4j.model.WebhookSubscriptionRequest;

/** Outgoing-webhook subscriptions: the HTTP declarations behind {@link WebhookSubscriptionOperations}. */
@HttpExchange("/v3/edit/webhooks")
interface WebhookApi extends WebhookSubscriptionOperations {

	@Override
	default Flux<WebhookSubscription> list(WebhookKind kind) {
		return list(Arguments.requireNonNull(kind, "kind").wireValue());
	}

	@GetExchange @Envelope("webhooks")
	Flux<WebhookSubscription> list(@RequestParam String kind);

	@Override
	default Mono<WebhookSubscription> create(WebhookSubscriptionRequest request) {
		return create(Arguments.requireNonNull(request, "request").toBody());
	}

	@PostExchange @Envelope("webhook")
	Mono<WebhookSubscription> create(@RequestBody Map<String, Object> body);

	@Override
	@DeleteExchange("/{id}") @Envelope("webhook")
	Mono<WebhookSubscription> delete(@PathVariable String id);

}
