package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code response.finished}: a user finished every step of a Microsurvey (including the comment
 * step). Carries the answer, the user's profile and the survey with its steps.
 */
public final class ResponseFinishedEvent extends ChameleonWebhookEvent {

	public ResponseFinishedEvent(WebhookMessage message) {
		super(message);
	}

	/** The Microsurvey response: button, free text, dropdown picks, ... */
	public @Nullable JsonNode response() {
		return node("response");
	}

	/** The user profile that answered. */
	public @Nullable JsonNode profile() {
		return node("profile");
	}

	/** The Microsurvey, with {@code steps[]} and its author {@code user}. */
	public @Nullable JsonNode survey() {
		return node("survey");
	}

}
