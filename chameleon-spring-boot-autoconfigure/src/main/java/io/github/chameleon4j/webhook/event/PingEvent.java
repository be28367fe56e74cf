package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.webhook.WebhookAccount;
import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;

/** {@code ping}: Chameleon checks the endpoint; nothing to process. */
public final class PingEvent extends ChameleonWebhookEvent {

	public PingEvent(WebhookMessage message) {
		super(message);
	}

	/** The account that sent the ping. */
	public @Nullable WebhookAccount account() {
		return decode("account", WebhookAccount.class);
	}

}
