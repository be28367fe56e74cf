package io.github.chameleon4j.webhook.event;

import java.util.Objects;

import io.github.chameleon4j.webhook.WebhookMessage;

/** Maps a verified {@link WebhookMessage} to the event type of its topic family. */
public final class ChameleonWebhookEvents {

	private ChameleonWebhookEvents() {
	}

	/**
	 * The typed event for {@code message}: e.g. {@code tour.completed} gives a {@link TourEvent}, an
	 * unknown topic an {@link UnknownWebhookEvent}.
	 */
	public static ChameleonWebhookEvent of(WebhookMessage message) {
		Objects.requireNonNull(message, "message");
		String topic = message.kind();
		if (topic.equals("ping")) {
			return new PingEvent(message);
		}
		if (topic.equals("response.finished")) {
			return new ResponseFinishedEvent(message);
		}
		if (topic.equals("alert.triggered")) {
			return new AlertTriggeredEvent(message);
		}
		return switch (family(topic)) {
			case "tour" -> new TourEvent(message);
			case "survey" -> new SurveyEvent(message);
			case "embed" -> new EmbedEvent(message);
			case "helpbar" -> new HelpBarEvent(message);
			case "demo" -> new DemoEvent(message);
			default -> new UnknownWebhookEvent(message);
		};
	}

	private static String family(String topic) {
		int dot = topic.indexOf('.');
		return (dot < 0) ? "" : topic.substring(0, dot);
	}

}
