package io.github.chameleon4j.webhook;

import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Verifies a webhook request, drops redeliveries and hands each new message to a consumer once.
 * Web-stack neutral and non-blocking: an endpoint reads the raw body and the two headers, subscribes
 * to {@link #receive}, and turns the {@link WebhookReceipt} into a status code.
 *
 * <p>The {@link WebhookDeduplicator} claim is kept only when the consumer succeeded. If the consumer
 * throws, the claim is released and {@link #receive} fails with a {@link WebhookConsumerException},
 * so that the endpoint answers 5xx and Chameleon's retry is processed again.
 */
public final class WebhookReceiver {

	private final WebhookVerifier verifier;

	private final WebhookDeduplicator deduplicator;

	private final Consumer<? super WebhookMessage> consumer;

	/**
	 * A receiver.
	 * @param verifier checks signature, envelope and freshness
	 * @param deduplicator remembers the ids
	 * @param consumer processes each new message; may block (it runs on a bounded-elastic worker)
	 */
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
	 * Handles one request, on subscription. Never blocks the subscribing thread: verification is
	 * computation, the de-duplication answers without waiting, and the consumer, which may block, runs
	 * on {@code Schedulers.boundedElastic()}. Once a delivery is claimed, it runs to its end (consumer,
	 * then keep or release) even if the subscriber cancels, e.g. because the client went away, so a
	 * claim is never left open.
	 * @param body the raw body bytes
	 * @param signature the {@code X-Chameleon-Signature} header, or {@code null}
	 * @param idHeader the {@code X-Chameleon-Id} header, or {@code null}
	 * @return what happened; a {@link WebhookConsumerException} when the consumer failed
	 */
	public Mono<WebhookReceipt> receive(byte[] body, @Nullable String signature, @Nullable String idHeader) {
		Objects.requireNonNull(body, "body");
		return Mono.defer(() -> {
			WebhookVerification verification = this.verifier.verify(body, signature, idHeader);
			if (verification instanceof WebhookVerification.Rejected rejected) {
				return Mono.just(WebhookReceipt.rejected(rejected.reason()));
			}
			WebhookMessage message = verification.orElseThrow();
			Mono<WebhookReceipt> delivery = this.deduplicator.claim(message.id()).flatMap((claim) -> switch (claim) {
				case CLAIMED -> process(message);
				case IN_PROGRESS -> Mono.just(WebhookReceipt.inProgress(message));
				case HANDLED -> Mono.just(WebhookReceipt.duplicate(message));
			});
			// subscribed now and never cancelled, so that a claim is always kept or released
			return Mono.fromFuture(delivery.toFuture(), true);
		});
	}

	private Mono<WebhookReceipt> process(WebhookMessage message) {
		String id = message.id();
		return Mono.fromRunnable(() -> this.consumer.accept(message))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorResume((ex) -> this.deduplicator.release(id)
				.then(Mono.error((ex instanceof RuntimeException) ? new WebhookConsumerException(id, message.kind(), ex)
						: ex)))
			.then(this.deduplicator.keep(id))
			.thenReturn(WebhookReceipt.accepted(message));
	}

	@Override
	public String toString() {
		return "WebhookReceiver[" + this.verifier + ", " + this.deduplicator + "]";
	}

}
