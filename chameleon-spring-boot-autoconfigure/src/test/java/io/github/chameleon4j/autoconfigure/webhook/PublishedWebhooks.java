package io.github.chameleon4j.autoconfigure.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.chameleon4j.webhook.event.ChameleonWebhookEvent;
import io.github.chameleon4j.webhook.event.ResponseFinishedEvent;
import io.github.chameleon4j.webhook.event.SurveyEvent;
import io.github.chameleon4j.webhook.event.TourEvent;

import org.springframework.context.event.EventListener;

/**
 * Test listener that records every published webhook event. Its first {@code demo.finished} fails,
 * to show that a failing listener makes Chameleon retry; {@code tour.*} events have their profile
 * decoded and {@code survey.completed} fails quoting the profile's e-mail, to show what gets logged.
 */
class PublishedWebhooks {

	private final List<ChameleonWebhookEvent> events = new CopyOnWriteArrayList<>();

	private final List<ResponseFinishedEvent> responses = new CopyOnWriteArrayList<>();

	private final List<ChameleonWebhookEvent> pings = new CopyOnWriteArrayList<>();

	private final AtomicBoolean failedOnce = new AtomicBoolean();

	@EventListener
	void on(ChameleonWebhookEvent event) {
		if (event.topic().equals("demo.finished") && this.failedOnce.compareAndSet(false, true)) {
			throw new IllegalStateException("downstream unavailable");
		}
		this.events.add(event);
	}

	// The two listener styles the README shows: by subtype, and by topic condition.
	@EventListener
	void onResponseFinished(ResponseFinishedEvent event) {
		this.responses.add(event);
	}

	@EventListener(condition = "#event.topic() == 'ping'")
	void onPing(ChameleonWebhookEvent event) {
		this.pings.add(event);
	}

	// Reads the profile as an application would; a wrong-typed value in it makes the typed accessor throw.
	@EventListener
	void onTour(TourEvent event) {
		event.profile();
	}

	// Application code that quotes a payload value in its own exception.
	@EventListener(condition = "#event.topic() == 'survey.completed'")
	void onSurveyCompleted(SurveyEvent event) {
		String email = event.data().get("profile").get("email").asString();
		throw new IllegalStateException("cannot sync " + email,
				new IllegalArgumentException("unknown user " + email));
	}

	List<ResponseFinishedEvent> responses() {
		return this.responses;
	}

	List<ChameleonWebhookEvent> pings() {
		return this.pings;
	}

	List<ChameleonWebhookEvent> events() {
		return this.events;
	}

	void clear() {
		this.events.clear();
		this.responses.clear();
		this.pings.clear();
	}

}
