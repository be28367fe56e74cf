package io.github.chameleon4j.model;

/** The kind of an outgoing-webhook subscription. */
public enum WebhookKind {

	/** A plain HTTPS webhook. */
	WEBHOOK("webhook"),

	/** A Zapier hook. */
	ZAPIER_HOOK("zapier_hook");

	private final String wireValue;

	WebhookKind(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * The value sent on the wire.
	 * @return {@code webhook} or {@code zapier_hook}
	 */
	public String wireValue() {
		return this.wireValue;
	}

}
