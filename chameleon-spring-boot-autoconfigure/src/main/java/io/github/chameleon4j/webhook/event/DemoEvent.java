package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.webhook.WebhookAction;
import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Demo activity: {@code demo.started}, {@code demo.reveal}, {@code demo.finished},
 * {@code demo.form.submitted}, {@code demo.email.added}.
 */
public final class DemoEvent extends ChameleonWebhookEvent {

	public DemoEvent(WebhookMessage message) {
		super(message);
	}

	/** The action: an id, plus {@code submission} or {@code email} depending on the topic. */
	public @Nullable WebhookAction action() {
		return decode("action", WebhookAction.class);
	}

	/** The user profile; {@code null} for anonymous visitors. */
	public @Nullable Profile profile() {
		return decode("profile", Profile.class);
	}

	/** The Demo run (reveal, finish and submission details accumulate here). */
	public @Nullable JsonNode demoRun() {
		return node("demo_run");
	}

	/** The Demo. */
	public @Nullable JsonNode demo() {
		return node("demo");
	}

}
