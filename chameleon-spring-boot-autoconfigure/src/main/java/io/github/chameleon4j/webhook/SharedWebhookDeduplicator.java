package io.github.chameleon4j.webhook;

import java.time.Duration;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link WebhookDeduplicator#shared}: the local memory first, then the shared store, each of whose
 * calls is bounded by the timeout and may fail without failing the webhook.
 *
 * <p>The local claim is taken first and stays the veto: while the store is slow or down, or when it
 * has lost its keys, a delivery is still processed at most once on this instance. When the store
 * finds the id processed or in progress on another replica, the local claim is given back, so that
 * this instance processes the retry should that replica's processing fail.
 */
final class SharedWebhookDeduplicator implements WebhookDeduplicator {

	/** The longest wait for the store's first answer (a cold connection), when the timeout is shorter. */
	static final Duration FIRST_ANSWER = Duration.ofSeconds(2);

	private static final Log logger = LogFactory.getLog(SharedWebhookDeduplicator.class);

	private final WebhookDeduplicator store;

	private final Duration timeout;

	private final WebhookDeduplicator local;

	/** Whether the store has answered at least once. */
	private volatile boolean answered;

	SharedWebhookDeduplicator(WebhookDeduplicator store, Duration timeout, WebhookDeduplicator local) {
		Objects.requireNonNull(timeout, "timeout");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive: " + timeout);
		}
		this.store = store;
		this.timeout = timeout;
		this.local = local;
	}

	@Override
	public Mono<Claim> claim(String id) {
		Objects.requireNonNull(id, "id");
		return this.local.claim(id).flatMap((mine) -> (mine != Claim.CLAIMED) ? Mono.just(mine)
				: fromStore(this.store.claim(id), "claim")
					.defaultIfEmpty(Claim.CLAIMED)
					.flatMap((shared) -> (shared == Claim.CLAIMED) ? Mono.just(shared)
							: this.local.release(id).thenReturn(shared)));
	}

	@Override
	public Mono<Void> keep(String id) {
		Objects.requireNonNull(id, "id");
		return this.local.keep(id).then(fromStore(this.store.keep(id), "keep"));
	}

	@Override
	public Mono<Void> release(String id) {
		Objects.requireNonNull(id, "id");
		return this.local.release(id).then(fromStore(this.store.release(id), "release"));
	}

	/** The store's answer within the timeout, or empty when it failed or did not come in time. */
	private <T> Mono<T> fromStore(Mono<T> call, String step) {
		return Mono.defer(() -> {
			// a timer, not a thread, waits; until the store has answered once (a cold connection) FIRST_ANSWER
			Duration wait = (this.answered || this.timeout.compareTo(FIRST_ANSWER) >= 0) ? this.timeout
					: FIRST_ANSWER;
			return call.timeout(wait, Schedulers.parallel());
		}).doOnSuccess((value) -> this.answered = true).onErrorResume((ex) -> {
			if (logger.isDebugEnabled()) {
				logger.debug("Webhook de-duplication store failed to " + step + " (" + ex.getClass().getName()
						+ "); the local memory answers");
			}
			return Mono.empty();
		});
	}

	@Override
	public String toString() {
		return "SharedWebhookDeduplicator[local=" + this.local + ", store=" + this.store + ", timeout=" + this.timeout
				+ "]";
	}

}
