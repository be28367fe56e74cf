package io.github.chameleon4j.autoconfigure.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.chameleon4j.webhook.event.ChameleonWebhookEvent;

import org.springframework.context.event.EventListener;

/**
 * Test listener that records every published webhook event. Its first {@code demo.finished} fails,
 * to show that a failing listener makes Chameleon retry.
 */
class PublishedWebhooks {

	private final List<ChameleonWebhookEvent> events = new CopyOnWriteArrayList<>();

	private final AtomicBoolean failedOnce = new AtomicBoolean();

	@EventListener
	void on(ChameleonWebhookEvent event) {
		if (event.topic().equals("demo.finished") && this.failedOnce.compareAndSet(false, true)) {
			throw new IllegalStateException("downstream unavailable");
		}
		this.events.add(event);
	}

	List<ChameleonWebhookEvent> events() {
		return this.events;
	}

	void clear() {
		this.events.clear();
	}

}
