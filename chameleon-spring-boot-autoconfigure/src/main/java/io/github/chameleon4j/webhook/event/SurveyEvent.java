package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;

/** Lifecycle of a Microsurvey's first step ({@code survey.started}, {@code survey.completed}, {@code survey.exited}, {@code survey.snoozed}, {@code survey.button.clicked}); see {@link ResponseFinishedEvent} for the answers. */
public final class SurveyEvent extends ExperienceEvent {

	public SurveyEvent(WebhookMessage message) {
		super(message);
	}

	/** The survey the event is about. */
	public @Nullable Survey survey() {
		return decode("survey", Survey.class);
	}

}
