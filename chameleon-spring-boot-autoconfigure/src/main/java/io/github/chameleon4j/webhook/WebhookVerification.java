package io.github.chameleon4j.webhook;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link WebhookVerifier#verify}: either {@link Verified} with the parsed message or
 * {@link Rejected} with the reason.
 *
 * <pre>{@code
 * WebhookVerification result = verifier.verify(body, signatureHeader, idHeader);
 * if (result instanceof WebhookVerification.Verified verified) {
 *     handle(verified.message());
 * }
 * }</pre>
 */
public sealed interface WebhookVerification {

	/** Whether the webhook passed every check. */
	boolean isVerified();

	/** The verified message, if any. */
	Optional<WebhookMessage> message();

	/** The rejection reason, if any. */
	Optional<WebhookRejection> rejection();

	/** The verified message, or a {@link WebhookVerificationException} carrying the reason. */
	default WebhookMessage orElseThrow() {
		return message().orElseThrow(() -> new WebhookVerificationException(rejection().orElseThrow()));
	}

	/** A webhook that passed every check. */
	record Verified(WebhookMessage verifiedMessage) implements WebhookVerification {

		public Verified {
			Objects.requireNonNull(verifiedMessage, "verifiedMessage");
		}

		@Override
		public boolean isVerified() {
			return true;
		}

		@Override
		public Optional<WebhookMessage> message() {
			return Optional.of(this.verifiedMessage);
		}

		@Override
		public Optional<WebhookRejection> rejection() {
			return Optional.empty();
		}

	}

	/** A webhook that must not be processed. */
	record Rejected(WebhookRejection reason) implements WebhookVerification {

		public Rejected {
			Objects.requireNonNull(reason, "reason");
		}

		@Override
		public boolean isVerified() {
			return false;
		}

		@Override
		public Optional<WebhookMessage> message() {
			return Optional.empty();
		}

		@Override
		public Optional<WebhookRejection> rejection() {
			return Optional.of(this.reason);
		}

	}

}
