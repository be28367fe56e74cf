package io.github.chameleon4j.shared;

import java.time.Duration;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.chameleon4j.webhook.WebhookDeduplicator;

/**
 * Webhook ids remembered in Redis ({@code SET key 1 NX PX window}), so that a webhook Chameleon
 * retries to another replica is handled once. {@link io.github.chameleon4j.webhook.WebhookReceiver}
 * is a blocking API (its consumer publishes application events synchronously, on a servlet thread
 * or a bounded-elastic worker), so each call waits for Redis, at most {@code timeout}; a store that
 * does not answer lets the local answer stand.
 */
public final class RedisWebhookDeduplication implements WebhookDeduplicator.SharedIds {

	private final ReactiveStringRedisTemplate redis;

	private final String prefix;

	private final Duration timeout;

	/**
	 * Ids of one account.
	 * @param redis the template
	 * @param accountKey names the account's keys (never the secret)
	 * @param timeout the longest wait for Redis
	 * @throws IllegalArgumentException when {@code accountKey} is blank
	 */
	public RedisWebhookDeduplication(ReactiveStringRedisTemplate redis, String accountKey, Duration timeout) {
		if (accountKey == null || accountKey.isBlank()) {
			throw new IllegalArgumentException("accountKey must not be blank");
		}
		this.redis = redis;
		this.prefix = RedisSharedCoordination.keyPrefix(accountKey) + "webhook:";
		this.timeout = timeout;
	}

	@Override
	public boolean markFirst(String id, Duration window) {
		Boolean first = this.redis.opsForValue().setIfAbsent(this.prefix + id, "1", window).block(this.timeout);
		return first == null || first;
	}

	@Override
	public void forget(String id) {
		this.redis.delete(this.prefix + id).block(this.timeout);
	}

	@Override
	public String toString() {
		return "RedisWebhookDeduplication[" + this.prefix + "]";
	}

}
