package io.github.chameleon4j.shared;

import java.time.Duration;
import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.chameleon4j.webhook.WebhookDeduplicator;

/**
 * Webhook ids remembered in Redis, so that a webhook Chameleon retries to another replica is
 * processed once. Non-blocking (Spring Data Redis' reactive template). A claim is
 * {@code SET key pending NX PX lease}: until the processing replica keeps it ({@code SET key handled
 * PX window}) or releases it ({@code DEL}), it expires after 2 minutes, so a replica that
 * dies while processing does not hold the id for the whole window.
 *
 * <p>Use it through {@link WebhookDeduplicator#shared}, which bounds every call by a timeout and lets
 * the local memory answer while Redis is slow or down; on its own, an unreachable Redis fails the
 * webhook (and Chameleon retries it).
 */
public final class RedisWebhookDeduplication implements WebhookDeduplicator {

	/**
	 * How long a claim holds unless kept or released: far longer than a listener may run (Chameleon
	 * gives up on a request after 7 s), shorter than Chameleon's first retry is away.
	 */
	static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

	private static final String PENDING = "pending";

	private static final String HANDLED = "handled";

	private final ReactiveStringRedisTemplate redis;

	private final String prefix;

	private final Duration window;

	/**
	 * Ids of one account.
	 * @param redis the template
	 * @param accountKey names the account's keys (never the secret)
	 * @param window how long a processed id is remembered
	 * @throws IllegalArgumentException when {@code accountKey} is blank or {@code window} is not positive
	 */
	public RedisWebhookDeduplication(ReactiveStringRedisTemplate redis, String accountKey, Duration window) {
		Objects.requireNonNull(redis, "redis");
		if (accountKey == null || accountKey.isBlank()) {
			throw new IllegalArgumentException("accountKey must not be blank");
		}
		if (window == null || window.toMillis() < 1) {
			throw new IllegalArgumentException("window must be positive: " + window);
		}
		this.redis = redis;
		this.prefix = RedisSharedCoordination.keyPrefix(accountKey) + "webhook:";
		this.window = window;
	}

	@Override
	public Mono<Claim> claim(String id) {
		String key = key(id);
		return this.redis.opsForValue()
			.setIfAbsent(key, PENDING, CLAIM_LEASE)
			.flatMap((claimed) -> claimed ? Mono.just(Claim.CLAIMED)
					// rare (a redelivery): one more round trip tells whether it is done
					: this.redis.opsForValue()
						.get(key)
						.map((value) -> HANDLED.equals(value) ? Claim.HANDLED : Claim.IN_PROGRESS)
						// gone in between (released or expired): let Chameleon retry it
						.defaultIfEmpty(Claim.IN_PROGRESS));
	}

	@Override
	public Mono<Void> keep(String id) {
		return this.redis.opsForValue().set(key(id), HANDLED, this.window).then();
	}

	@Override
	public Mono<Void> release(String id) {
		return this.redis.delete(key(id)).then();
	}

	private String key(String id) {
		return this.prefix + Objects.requireNonNull(id, "id");
	}

	@Override
	public String toString() {
		return "RedisWebhookDeduplication[" + this.prefix + "]";
	}

}
