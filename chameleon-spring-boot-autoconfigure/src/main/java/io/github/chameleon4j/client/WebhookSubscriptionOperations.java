package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.WebhookKind;
import io.github.chameleon4j.model.WebhookSubscription;
import io.github.chameleon4j.model.WebhookSubscriptionRequest;

/**
 * Outgoing-webhook subscriptions ({@code /v3/edit/webhooks}): where Chameleon posts events. At
 * most 5 per account (the server answers 409 beyond that).
 */
public interface WebhookSubscriptionOperations {

	/**
	 * Every subscription of a kind (the list is complete, not paginated).
	 * @param kind the kind (required by the API)
	 * @return the subscriptions
	 */
	Flux<WebhookSubscription> list(WebhookKind kind);

	/**
	 * Subscribes a URL to topics.
	 * @param request the subscription
	 * @return the subscription
	 */
	Mono<WebhookSubscription> create(WebhookSubscriptionRequest request);

	/**
	 * Deletes a subscription.
	 * @param id the Chameleon ID
	 * @return the deleted subscription (usually only its ID)
	 */
	Mono<WebhookSubscription> delete(String id);

}
