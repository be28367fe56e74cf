package io.github.chameleon4j.webhook.event;

/**
 * A field of a verified webhook's {@code data} could not be decoded into the requested type. The
 * message names the webhook, topic, field and type, never the payload.
 */
public class WebhookPayloadException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public WebhookPayloadException(String id, String topic, String field, Class<?> type, Throwable cause) {
		super("Cannot decode data." + field + " of Chameleon webhook " + id + " (" + topic + ") as "
				+ type.getSimpleName(), cause);
	}

}
