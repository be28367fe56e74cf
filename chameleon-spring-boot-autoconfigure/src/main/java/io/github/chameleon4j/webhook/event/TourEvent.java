package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.model.Tour;
import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;

/** Lifecycle of a Tour ({@code tour.started}, {@code tour.completed}, {@code tour.exited}, {@code tour.snoozed}, {@code tour.button.clicked}). */
public final class TourEvent extends ExperienceEvent {

	public TourEvent(WebhookMessage message) {
		super(message);
	}

	/** The tour the event is about. */
	public @Nullable Tour tour() {
		return decode("tour", Tour.class);
	}

}
