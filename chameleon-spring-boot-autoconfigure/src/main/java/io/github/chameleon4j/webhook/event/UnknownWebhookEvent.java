package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.webhook.WebhookMessage;

/**
 * A verified webhook whose topic this version does not model (Chameleon adds topics over time); use
 * {@link #topic()} and {@link #data()}.
 */
public final class UnknownWebhookEvent extends ChameleonWebhookEvent {

	public UnknownWebhookEvent(WebhookMessage message) {
		super(message);
	}

}
