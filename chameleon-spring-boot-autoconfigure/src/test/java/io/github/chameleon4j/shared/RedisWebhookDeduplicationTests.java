package io.github.chameleon4j.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.chameleon4j.webhook.SignedWebhooks;
import io.github.chameleon4j.webhook.WebhookConsumerException;
import io.github.chameleon4j.webhook.WebhookDeduplicator;
import io.github.chameleon4j.webhook.WebhookDeduplicator.Claim;
import io.github.chameleon4j.webhook.WebhookMessage;
import io.github.chameleon4j.webhook.WebhookReceipt;
import io.github.chameleon4j.webhook.WebhookReceipt.Outcome;
import io.github.chameleon4j.webhook.WebhookReceiver;
import io.github.chameleon4j.webhook.WebhookVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Replicas (each on its own Redis connection to a real {@code redis-server}) process a webhook once,
 * never block a thread for Redis, and keep receiving webhooks while Redis is stopped.
 */
class RedisWebhookDeduplicationTests {

	private static final Duration WINDOW = Duration.ofHours(48);

	private static final Duration TIMEOUT = Duration.ofMillis(200);

	private static final Clock CLOCK = Clock.fixed(SignedWebhooks.NOW, ZoneOffset.UTC);

	private static RedisTestServer redis;

	@BeforeAll
	static void startRedis() {
		redis = RedisTestServer.start();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	private static WebhookDeduplicator replica(RedisTestServer server, String account) {
		return replica(server.template(), account);
	}

	private static WebhookDeduplicator replica(ReactiveStringRedisTemplate connection, String account) {
		return WebhookDeduplicator.shared(new RedisWebhookDeduplication(connection, account, WINDOW), TIMEOUT,
				WebhookDeduplicator.inMemory(WINDOW, 100, CLOCK));
	}

	private static WebhookReceiver receiver(WebhookDeduplicator deduplicator, List<String> handled) {
		return new WebhookReceiver(WebhookVerifier.builder(SignedWebhooks.SECRET).clock(CLOCK).build(), deduplicator,
				(message) -> handled.add(message.id()));
	}

	@Test
	void aClaimIsALeaseUntilKeptForTheWindowOrReleased() {
		String account = "account-" + UUID.randomUUID();
		RedisWebhookDeduplication store = new RedisWebhookDeduplication(redis.template(), account, WINDOW);
		ReactiveStringRedisTemplate inspect = redis.template();
		String key = "chameleon:{" + account + "}:webhook:wh-1";

		assertThat(store.claim("wh-1").block()).isEqualTo(Claim.CLAIMED);
		assertThat(inspect.getExpire(key).block()).isPositive().isLessThanOrEqualTo(RedisWebhookDeduplication.CLAIM_LEASE);
		assertThat(store.claim("wh-1").block()).isEqualTo(Claim.IN_PROGRESS);

		store.keep("wh-1").block();
		assertThat(inspect.getExpire(key).block()).isGreaterThan(WINDOW.minusMinutes(1)).isLessThanOrEqualTo(WINDOW);
		assertThat(store.claim("wh-1").block()).isEqualTo(Claim.HANDLED);

		store.release("wh-1").block();
		assertThat(inspect.hasKey(key).block()).isFalse();
		assertThat(store.claim("wh-1").block()).isEqualTo(Claim.CLAIMED);
		assertThat(store).hasToString("RedisWebhookDeduplication[chameleon:{" + account + "}:webhook:]");
	}

	@Test
	void aWebhookRetriedToAnotherReplicaIsProcessedOnceAndAfterAFailureAgain() {
		String account = "account-" + UUID.randomUUID();
		WebhookDeduplicator first = replica(redis, account);
		WebhookDeduplicator second = replica(redis, account);

		assertThat(first.claim("wh-1").block()).isEqualTo(Claim.CLAIMED);
		// still being processed on the first replica: not acknowledged, so Chameleon retries it
		assertThat(second.claim("wh-1").block()).isEqualTo(Claim.IN_PROGRESS);
		// processing failed on the first replica: Chameleon's retry is processed, wherever it lands
		first.release("wh-1").block();
		assertThat(second.claim("wh-1").block()).isEqualTo(Claim.CLAIMED);
		second.keep("wh-1").block();
		assertThat(first.claim("wh-1").block()).isEqualTo(Claim.HANDLED);
		assertThat(second.claim("wh-1").block()).isEqualTo(Claim.HANDLED);
		// another account's ids are its own
		assertThat(replica(redis, "account-" + UUID.randomUUID()).claim("wh-1").block()).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void receiversOnNonBlockingThreadsAskRedisAndHandTheMessageOnOnce() {
		String account = "account-" + UUID.randomUUID();
		List<String> handled = new CopyOnWriteArrayList<>();
		WebhookReceiver one = receiver(replica(redis, account), handled);
		WebhookReceiver two = receiver(replica(redis, account), handled);
		byte[] body = SignedWebhooks.ping("5f1c", SignedWebhooks.NOW);

		// a parallel thread may not block: the old blocking store was skipped there and each replica answered alone
		WebhookReceipt first = one.receive(body, SignedWebhooks.sign(body), "5f1c")
			.subscribeOn(Schedulers.parallel())
			.block();
		WebhookReceipt again = two.receive(body, SignedWebhooks.sign(body), "5f1c")
			.subscribeOn(Schedulers.parallel())
			.block();

		assertThat(first.outcome()).isEqualTo(Outcome.ACCEPTED);
		assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
		assertThat(handled).containsExactly("5f1c");
	}

	@Test
	void aListenerFailureOnOneReplicaLetsTheRetryBeProcessedOnAnother() {
		String account = "account-" + UUID.randomUUID();
		List<String> handled = new CopyOnWriteArrayList<>();
		WebhookReceiver failing = new WebhookReceiver(
				WebhookVerifier.builder(SignedWebhooks.SECRET).clock(CLOCK).build(), replica(redis, account),
				(WebhookMessage message) -> {
					throw new IllegalStateException("database down");
				});
		WebhookReceiver healthy = receiver(replica(redis, account), handled);
		byte[] body = SignedWebhooks.ping("7a2e", SignedWebhooks.NOW);

		assertThatExceptionOfType(WebhookConsumerException.class)
			.isThrownBy(() -> failing.receive(body, SignedWebhooks.sign(body), "7a2e").block());

		assertThat(healthy.receive(body, SignedWebhooks.sign(body), "7a2e").block().outcome())
			.isEqualTo(Outcome.ACCEPTED);
		assertThat(failing.receive(body, SignedWebhooks.sign(body), "7a2e").block().outcome())
			.isEqualTo(Outcome.DUPLICATE);
		assertThat(handled).containsExactly("7a2e");
	}

	@Test
	void whenRedisStopsMidTestNoWebhookFailsEachReplicaProcessesAnIdAtMostOnceAndSharingResumes() {
		RedisTestServer server = RedisTestServer.start();
		try {
			String account = "account-" + UUID.randomUUID();
			List<String> handledOnA = new CopyOnWriteArrayList<>();
			List<String> handledOnB = new CopyOnWriteArrayList<>();
			ReactiveStringRedisTemplate connectionA = server.template();
			ReactiveStringRedisTemplate connectionB = server.template();
			WebhookReceiver a = receiver(replica(connectionA, account), handledOnA);
			WebhookReceiver b = receiver(replica(connectionB, account), handledOnB);
			assertThat(receive(a, "before")).isEqualTo(Outcome.ACCEPTED);
			assertThat(receive(b, "before")).isEqualTo(Outcome.DUPLICATE);

			server.stop();

			assertThat(receive(a, "during")).isEqualTo(Outcome.ACCEPTED);
			assertThat(receive(a, "during")).isEqualTo(Outcome.DUPLICATE);
			assertThat(receive(a, "before")).isEqualTo(Outcome.DUPLICATE);
			// without Redis, B cannot know what A did: each replica on its own, never failing
			assertThat(receive(b, "during")).isEqualTo(Outcome.ACCEPTED);
			assertThat(receive(b, "during")).isEqualTo(Outcome.DUPLICATE);

			server.startServer();
			// wait until both connections are back (a command queued while disconnected runs on reconnect)
			connectionA.hasKey("probe").block(Duration.ofSeconds(30));
			connectionB.hasKey("probe").block(Duration.ofSeconds(30));

			assertThat(receive(a, "after")).isEqualTo(Outcome.ACCEPTED);
			assertThat(receive(b, "after")).isEqualTo(Outcome.DUPLICATE);
			assertThat(handledOnA).containsExactly("before", "during", "after");
			assertThat(handledOnB).containsExactly("during");
		}
		finally {
			server.close();
		}
	}

	private static Outcome receive(WebhookReceiver receiver, String id) {
		byte[] body = SignedWebhooks.ping(id, SignedWebhooks.NOW);
		return receiver.receive(body, SignedWebhooks.sign(body), id).block().outcome();
	}

}
