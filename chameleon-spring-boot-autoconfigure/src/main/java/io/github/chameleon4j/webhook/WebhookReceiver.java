package io.github.chameleon4j.webhook;

import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Verifies a webhook request, drops redeliveries and hands each new message to a consumer exactly
 * once. Web-stack neutral: an endpoint reads the raw body and the two headers, calls
 * {@link #receive}, and turns the {@link WebhookReceipt} into a status code.
 *
 * <p>If the consumer throws, the id is forgotten and a {@link WebhookConsumerException} propagates, so
 * the endpoint can answer 5xx and Chameleon's retry gets processed.
 */
public final class WebhookReceiver {

	private final WebhookVerifier verifier;

	private final WebhookDeduplicator deduplicator;

	private final Consumer<? super WebhookMessage> consumer;

	public WebhookReceiver(WebhookVerifier verifier, WebhookDeduplicator deduplicator,
			Consumer<? super WebhookMessage> consumer) {
		this.verifier = Objects.requireNonNull(verifier, "verifier");
		this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
		this.consumer = Objects.requireNonNull(consumer, "consumer");
	}

	/** The verifier, e.g. for its body size limit. */
	public WebhookVerifier verifier() {
		return this.verifier;
	}

	/**
	 * Handles one request. A blocking call: it runs the consumer synchronously and, with a shared
	 * de-duplication store, may wait for it (at most its timeout), so call it on a servlet thread or a
	 * worker such as {@code Schedulers.boundedElastic()}, never on an event loop (the auto-configured
	 * endpoints do so; on a non-blocking thread a shared store is skipped and the local memory answers).
	 * @param body the raw body bytes
	 * @param signature the {@code X-Chameleon-Signature} header, or {@code null}
	 * @param idHeader the {@code X-Chameleon-Id} header, or {@code null}
	 * @return what happened
	 */
	public WebhookReceipt receive(byte[] body, @Nullable String signature, @Nullable String idHeader) {
		WebhookVerification verification = this.verifier.verify(body, signature, idHeader);
		if (verification instanceof WebhookVerification.Rejected rejected) {
			return WebhookReceipt.rejected(rejected.reason());
		}
		WebhookMessage message = verification.orElseThrow();
		if (!this.deduplicator.firstDelivery(message.id())) {
			return WebhookReceipt.duplicate(message);
		}
		try {
			this.consumer.accept(message);
		}
		catch (RuntimeException ex) {
			this.deduplicator.forget(message.id());
			throw new WebhookConsumerException(message.id(), message.kind(), ex);
		}
		catch (Error ex) {
			this.deduplicator.forget(message.id());
			throw ex;
		}
		return WebhookReceipt.accepted(message);
	}

	@Override
	public String toString() {
		return "WebhookReceiver[" + this.verifier + ", " + this.deduplicator + "]";
	}

}
