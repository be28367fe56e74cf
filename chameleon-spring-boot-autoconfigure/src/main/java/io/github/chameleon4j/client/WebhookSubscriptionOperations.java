package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.WebhookKind;
import io.github.chameleon4j.model.WebhookSubscription;
import io.github.chameleon4j.model.WebhookSubscriptionRequest;

/**
 * Outgoing-webhook subscriptions ({@code /v3/edit/webhooks}): where Chameleon posts events. At
 * most 5 per account (the server answers 409 beyond that).
 */
@HttpExchange("/v3/edit/webhooks")
public interface WebhookSubscriptionOperations {

	/**
	 * Every subscription of a kind (the list is complete, not paginated).
	 * @param kind the kind (required by the API)
	 * @return the subscriptions
	 */
	@GetExchange @Envelope("webhooks")
	Flux<WebhookSubscription> list(@RequestParam WebhookKind kind);

	/**
	 * Subscribes a URL to topics.
	 * @param request the subscription
	 * @return the subscription
	 */
	@PostExchange @Envelope("webhook")
	Mono<WebhookSubscription> create(@RequestBody WebhookSubscriptionRequest request);

	/**
	 * Deletes a subscription.
	 * @param id the Chameleon ID
	 * @return the deleted subscription (usually only its ID)
	 */
	@DeleteExchange("/{id}") @Envelope("webhook")
	Mono<WebhookSubscription> delete(@PathVariable String id);

}
