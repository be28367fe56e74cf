package io.github.chameleon4j.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * A webhook whose signature and freshness were verified: the envelope {@code {id, kind, sent_at, data}}
 * and the raw body it was read from.
 *
 * @param id the webhook id (the body {@code id}, equal to {@code X-Chameleon-Id})
 * @param kind the topic, e.g. {@code tour.completed}; unknown topics are kept as sent
 * @param sentAt when Chameleon sent it
 * @param data the {@code data} object, never {@code null} (an empty object when absent)
 * @param body the raw body bytes exactly as signed
 */
public record WebhookMessage(String id, String kind, Instant sentAt, JsonNode data, byte[] body) {

	public WebhookMessage {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(sentAt, "sentAt");
		Objects.requireNonNull(data, "data");
		body = Objects.requireNonNull(body, "body").clone();
	}

	/** The topic; an alias of {@link #kind()}. */
	public String topic() {
		return this.kind;
	}

	/** A copy of the raw body bytes. */
	@Override
	public byte[] body() {
		return this.body.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WebhookMessage that && this.id.equals(that.id) && this.kind.equals(that.kind)
				&& this.sentAt.equals(that.sentAt) && Arrays.equals(this.body, that.body);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.kind, this.sentAt, Arrays.hashCode(this.body));
	}

	// Payloads carry personal data (emails, free text): never print them.
	@Override
	public String toString() {
		return "WebhookMessage[id=" + this.id + ", kind=" + this.kind + ", sentAt=" + this.sentAt + ", bodySize="
				+ this.body.length + "]";
	}

}
