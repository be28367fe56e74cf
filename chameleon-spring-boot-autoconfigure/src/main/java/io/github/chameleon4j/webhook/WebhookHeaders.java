package io.github.chameleon4j.webhook;

/** Names of the request headers Chameleon sends with every webhook. */
public final class WebhookHeaders {

	/** Lower-case hex HMAC-SHA256 of the raw body, keyed with the webhook secret. */
	public static final String SIGNATURE = "X-Chameleon-Signature";

	/** The webhook id, equal to the body {@code id}; stable across redeliveries. */
	public static final String ID = "X-Chameleon-Id";

	private WebhookHeaders() {
	}

}
