package io.github.chameleon4j.webhook;

import java.util.Objects;

/** Thrown by {@link WebhookVerification#orElseThrow()} for a rejected webhook. */
public class WebhookVerificationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final WebhookRejection reason;

	public WebhookVerificationException(WebhookRejection reason) {
		super("Chameleon webhook rejected: " + Objects.requireNonNull(reason, "reason").description());
		this.reason = reason;
	}

	/** Why the webhook was rejected. */
	public WebhookRejection reason() {
		return this.reason;
	}

}
