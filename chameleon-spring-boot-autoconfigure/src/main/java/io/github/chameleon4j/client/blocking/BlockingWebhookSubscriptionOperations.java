package io.github.chameleon4j.client.blocking;

import java.util.List;

import io.github.chameleon4j.client.WebhookSubscriptionOperations;
import io.github.chameleon4j.model.WebhookKind;
import io.github.chameleon4j.model.WebhookSubscription;
import io.github.chameleon4j.model.WebhookSubscriptionRequest;

/**
 * Outgoing-webhook subscriptions, blocking: {@link WebhookSubscriptionOperations} with plain results.
 */
public interface BlockingWebhookSubscriptionOperations {

	/** {@link WebhookSubscriptionOperations#list}. @param kind the kind @return the subscriptions */
	List<WebhookSubscription> list(WebhookKind kind);

	/** {@link WebhookSubscriptionOperations#create}. @param request the subscription @return the subscription */
	WebhookSubscription create(WebhookSubscriptionRequest request);

	/** {@link WebhookSubscriptionOperations#delete}. @param id the subscription ID @return the deleted subscription */
	WebhookSubscription delete(String id);

}
