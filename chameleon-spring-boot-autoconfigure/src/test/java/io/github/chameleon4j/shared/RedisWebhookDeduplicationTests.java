package io.github.chameleon4j.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.chameleon4j.webhook.WebhookDeduplicator;
import io.github.chameleon4j.webhook.WebhookMessage;
import io.github.chameleon4j.webhook.WebhookReceipt;
import io.github.chameleon4j.webhook.WebhookReceiver;
import io.github.chameleon4j.webhook.SignedWebhooks;
import io.github.chameleon4j.webhook.WebhookVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two receivers (two replicas, each on its own Redis connection) handle a webhook once: the second
 * delivery, to the other replica, is acknowledged as a duplicate.
 */
class RedisWebhookDeduplicationTests {

	private static RedisTestServer redis;

	@BeforeAll
	static void startRedis() {
		redis = RedisTestServer.start();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	private static WebhookDeduplicator replica(String account) {
		return WebhookDeduplicator.shared(new RedisWebhookDeduplication(redis.template(), account, Duration.ofSeconds(2)),
				Duration.ofHours(48), 100, Clock.systemUTC());
	}

	@Test
	void aWebhookRetriedToAnotherReplicaIsHandledOnce() {
		String account = "account-" + UUID.randomUUID();
		WebhookDeduplicator first = replica(account);
		WebhookDeduplicator second = replica(account);
		assertThat(first.firstDelivery("wh-1")).isTrue();
		assertThat(second.firstDelivery("wh-1")).isFalse();
		assertThat(first.firstDelivery("wh-1")).isFalse();
		assertThat(second.firstDelivery("wh-2")).isTrue();
		// processing failed on the first replica: Chameleon's retry must be processed, wherever it lands
		first.forget("wh-1");
		assertThat(second.firstDelivery("wh-1")).isTrue();
		// another account's ids are its own
		assertThat(replica("account-" + UUID.randomUUID()).firstDelivery("wh-2")).isTrue();
	}

	@Test
	void twoReceiversHandOnTheMessageOnce() {
		String account = "account-" + UUID.randomUUID();
		List<WebhookMessage> handled = new ArrayList<>();
		Clock clock = Clock.fixed(SignedWebhooks.NOW, ZoneOffset.UTC);
		WebhookReceiver one = new WebhookReceiver(WebhookVerifier.builder(SignedWebhooks.SECRET).clock(clock).build(),
				replica(account), handled::add);
		WebhookReceiver two = new WebhookReceiver(WebhookVerifier.builder(SignedWebhooks.SECRET).clock(clock).build(),
				replica(account), handled::add);
		byte[] body = SignedWebhooks.ping("5f1c", SignedWebhooks.NOW);
		WebhookReceipt first = one.receive(body, SignedWebhooks.sign(body), "5f1c");
		WebhookReceipt again = two.receive(body, SignedWebhooks.sign(body), "5f1c");
		assertThat(first.outcome()).isEqualTo(WebhookReceipt.Outcome.ACCEPTED);
		assertThat(again.outcome()).isEqualTo(WebhookReceipt.Outcome.DUPLICATE);
		assertThat(handled).hasSize(1);
	}

	@Test
	void whenRedisDoesNotAnswerEachReplicaDeduplicatesOnItsOwn() {
		RedisTestServer down = RedisTestServer.start();
		try {
			WebhookDeduplicator replica = WebhookDeduplicator.shared(
					new RedisWebhookDeduplication(down.template(), "account", Duration.ofMillis(200)),
					Duration.ofHours(48), 100, Clock.systemUTC());
			down.stop();
			assertThat(replica.firstDelivery("wh-1")).isTrue();
			assertThat(replica.firstDelivery("wh-1")).isFalse();
		}
		finally {
			down.startServer();
			down.close();
		}
	}

}
