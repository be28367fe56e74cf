package io.github.chameleon4j.webhook.event;

import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.webhook.WebhookAction;
import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;

/**
 * HelpBar activity: {@code helpbar.search}, {@code helpbar.answer}, {@code helpbar.item.action},
 * {@code helpbar.item.error}.
 */
public final class HelpBarEvent extends ChameleonWebhookEvent {

	public HelpBarEvent(WebhookMessage message) {
		super(message);
	}

	/** The query and, depending on the topic, its answer, results or item. */
	public @Nullable WebhookAction action() {
		return decode("action", WebhookAction.class);
	}

	/** The user profile. */
	public @Nullable Profile profile() {
		return decode("profile", Profile.class);
	}

}
