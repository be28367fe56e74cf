package io.github.chameleon4j.webhook.event;

import java.util.List;

import io.github.chameleon4j.webhook.WebhookAction;
import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** {@code alert.triggered}: an Alert Group condition was violated. */
public final class AlertTriggeredEvent extends ChameleonWebhookEvent {

	public AlertTriggeredEvent(WebhookMessage message) {
		super(message);
	}

	/** The alert action; {@link WebhookAction#summary()} says what triggered it. */
	public @Nullable WebhookAction action() {
		return decode("action", WebhookAction.class);
	}

	/** The Alert Group, with {@code summary}, {@code created_user} and {@code urls.dashboard}. */
	public @Nullable JsonNode alertGroup() {
		return node("alert_group");
	}

	/** The Experiences concerned, each with its {@code kind}. */
	public List<JsonNode> experiences() {
		return decodeList("experiences", JsonNode.class);
	}

}
