package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.SurveyResponse;
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
	public @Nullable SurveyResponse response() {
		return decode("response", SurveyResponse.class);
	}

	/** The user profile that answered. */
	public @Nullable Profile profile() {
		return decode("profile", Profile.class);
	}

	/** The Microsurvey, with its {@code steps}. */
	public @Nullable Survey survey() {
		return decode("survey", Survey.class);
	}

	/** The Chameleon admin who authored the survey ({@code survey.user}: {@code id}, {@code email}, {@code name}). */
	public @Nullable JsonNode surveyAuthor() {
		JsonNode survey = node("survey");
		JsonNode user = (survey != null) ? survey.get("user") : null;
		return (user == null || user.isNull()) ? null : user;
	}

}
