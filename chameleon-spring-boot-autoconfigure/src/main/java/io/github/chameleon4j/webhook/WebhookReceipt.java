package io.github.chameleon4j.webhook;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What {@link WebhookReceiver} did with one request; maps directly to the HTTP answer.
 *
 * @param outcome accepted, duplicate, in progress or rejected
 * @param rejection the reason when rejected, else {@code null}
 * @param message the verified message unless rejected
 */
public record WebhookReceipt(Outcome outcome, @Nullable WebhookRejection rejection, @Nullable WebhookMessage message) {

	public WebhookReceipt {
		Objects.requireNonNull(outcome, "outcome");
		if ((outcome == Outcome.REJECTED) != (rejection != null)) {
			throw new IllegalArgumentException("rejection must be set exactly when the outcome is REJECTED");
		}
	}

	static WebhookReceipt accepted(WebhookMessage message) {
		return new WebhookReceipt(Outcome.ACCEPTED, null, message);
	}

	static WebhookReceipt duplicate(WebhookMessage message) {
		return new WebhookReceipt(Outcome.DUPLICATE, null, message);
	}

	static WebhookReceipt inProgress(WebhookMessage message) {
		return new WebhookReceipt(Outcome.IN_PROGRESS, null, message);
	}

	/** A request refused for {@code reason}. */
	public static WebhookReceipt rejected(WebhookRejection reason) {
		return new WebhookReceipt(Outcome.REJECTED, Objects.requireNonNull(reason, "reason"), null);
	}

	/** The possible outcomes. */
	public enum Outcome {

		/** Verified, first delivery, handed to the consumer. */
		ACCEPTED,

		/** Verified redelivery of an id already handled: acknowledge, do not process. */
		DUPLICATE,

		/**
		 * Verified redelivery of an id whose processing (here or on another replica) has not finished:
		 * not processed, and not acknowledged either (answer 409), so that Chameleon retries it; the retry
		 * is a duplicate if that processing succeeded, and is processed if it failed.
		 */
		IN_PROGRESS,

		/** Failed verification: answer 400 (413 when too large). */
		REJECTED

	}

}
