package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.webhook.WebhookAction;
import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Lifecycle of an Experience ({@code started}, {@code completed}, {@code exited}, {@code snoozed},
 * {@code button.clicked}): the common part of {@link TourEvent}, {@link SurveyEvent} and
 * {@link EmbedEvent}.
 */
public abstract class ExperienceEvent extends ChameleonWebhookEvent {

	protected ExperienceEvent(WebhookMessage message) {
		super(message);
	}

	/** What happened, the topic without its family: {@code started}, {@code button.clicked}, ... */
	public String lifecycle() {
		String topic = topic();
		int dot = topic.indexOf('.');
		return (dot < 0) ? topic : topic.substring(dot + 1);
	}

	/** The action: group action, snooze action or just an id, depending on the topic. */
	public @Nullable WebhookAction action() {
		return decode("action", WebhookAction.class);
	}

	/** The user profile. */
	public @Nullable Profile profile() {
		return decode("profile", Profile.class);
	}

	/** The Step where it happened (first Step for {@code started}). */
	public @Nullable JsonNode step() {
		return node("step");
	}

	/** The clicked button ({@code button.clicked} only). */
	public @Nullable JsonNode button() {
		return node("button");
	}

}
