package io.github.chameleon4j.webhook.event;

import java.util.Objects;

/**
 * A field of a verified webhook's {@code data} could not be decoded into the requested type. The
 * message names the webhook, topic, field (down to the nested property that failed) and type, never
 * a payload value; for the same reason the decoder's own exception, whose message quotes the value,
 * is not chained as the cause.
 */
public class WebhookPayloadException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String webhookId;

	private final String topic;

	private final String field;

	private final Class<?> targetType;

	/**
	 * Creates the exception.
	 * @param webhookId the webhook id
	 * @param topic its topic
	 * @param field the path below {@code data} that failed, e.g. {@code profile.last_seen_at}
	 * @param targetType the type {@code data.<field>} was decoded into
	 */
	public WebhookPayloadException(String webhookId, String topic, String field, Class<?> targetType) {
		super("Cannot decode data." + field + " of Chameleon webhook " + webhookId + " (" + topic + ") as "
				+ targetType.getSimpleName());
		this.webhookId = Objects.requireNonNull(webhookId, "webhookId");
		this.topic = Objects.requireNonNull(topic, "topic");
		this.field = Objects.requireNonNull(field, "field");
		this.targetType = targetType;
	}

	/** The id of the webhook. */
	public String webhookId() {
		return this.webhookId;
	}

	/** Its topic. */
	public String topic() {
		return this.topic;
	}

	/** The path below {@code data} that failed, e.g. {@code profile.last_seen_at}. */
	public String field() {
		return this.field;
	}

	/** The type the field was decoded into. */
	public Class<?> targetType() {
		return this.targetType;
	}

}
