package io.github.chameleon4j.webhook;

/**
 * The consumer of a verified webhook failed; the id was forgotten so a redelivery is processed again.
 * The message names the webhook id and topic, never the payload.
 */
public class WebhookConsumerException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String webhookId;

	private final String topic;

	public WebhookConsumerException(String webhookId, String topic, Throwable cause) {
		super("Processing failed for Chameleon webhook " + webhookId + " (" + topic + ")", cause);
		this.webhookId = webhookId;
		this.topic = topic;
	}

	/** The id of the webhook whose processing failed. */
	public String webhookId() {
		return this.webhookId;
	}

	/** Its topic. */
	public String topic() {
		return this.topic;
	}

}
