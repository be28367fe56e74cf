package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Lifecycle of an Embeddable ({@code embed.started}, {@code embed.completed}, {@code embed.exited}, {@code embed.snoozed}, {@code embed.button.clicked}). */
public final class EmbedEvent extends ExperienceEvent {

	public EmbedEvent(WebhookMessage message) {
		super(message);
	}

	/** The embed the event is about. */
	public @Nullable JsonNode embed() {
		return node("embed");
	}

}
