package io.github.chameleon4j.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static io.github.chameleon4j.webhook.SignedWebhooks.NOW;
import static io.github.chameleon4j.webhook.SignedWebhooks.SECRET;
import static io.github.chameleon4j.webhook.SignedWebhooks.ping;
import static io.github.chameleon4j.webhook.SignedWebhooks.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class WebhookReceiverTests {

	private final MutableClock clock = new MutableClock(NOW);

	private final List<WebhookMessage> consumed = new ArrayList<>();

	private final WebhookReceiver receiver = new WebhookReceiver(WebhookVerifier.builder(SECRET).clock(this.clock).build(),
			WebhookDeduplicator.inMemory(Duration.ofHours(48), 100, this.clock), this.consumed::add);

	@Test
	void verifiedWebhookIsAcceptedAndConsumedOnce() {
		byte[] body = ping("a1", NOW);

		WebhookReceipt first = this.receiver.receive(body, sign(body), "a1").block();
		WebhookReceipt again = this.receiver.receive(body, sign(body), "a1").block();

		assertThat(first.outcome()).isEqualTo(WebhookReceipt.Outcome.ACCEPTED);
		assertThat(again.outcome()).isEqualTo(WebhookReceipt.Outcome.DUPLICATE);
		assertThat(this.consumed).extracting(WebhookMessage::id).containsExactly("a1");
	}

	@Test
	void redeliveryHoursLaterWithAFreshSentAtIsStillADuplicate() {
		byte[] first = ping("a1", NOW);
		this.receiver.receive(first, sign(first), "a1").block();
		this.clock.advance(Duration.ofHours(20));
		byte[] retry = ping("a1", NOW.plus(Duration.ofHours(20)));

		assertThat(this.receiver.receive(retry, sign(retry), "a1").block().outcome())
			.isEqualTo(WebhookReceipt.Outcome.DUPLICATE);
		assertThat(this.consumed).hasSize(1);
	}

	@Test
	void rejectedWebhookIsNotConsumedNorRemembered() {
		byte[] body = ping("a1", NOW);

		WebhookReceipt receipt = this.receiver.receive(body, "00", "a1").block();

		assertThat(receipt.outcome()).isEqualTo(WebhookReceipt.Outcome.REJECTED);
		assertThat(receipt.rejection()).isEqualTo(WebhookRejection.BAD_SIGNATURE);
		assertThat(this.consumed).isEmpty();
		assertThat(this.receiver.receive(body, sign(body), "a1").block().outcome()).isEqualTo(WebhookReceipt.Outcome.ACCEPTED);
	}

	@Test
	void whenTheConsumerFailsThenTheRedeliveryIsProcessed() {
		List<String> attempts = new ArrayList<>();
		WebhookReceiver failingOnce = new WebhookReceiver(WebhookVerifier.builder(SECRET).clock(this.clock).build(),
				WebhookDeduplicator.inMemory(), (message) -> {
					attempts.add(message.id());
					if (attempts.size() == 1) {
						throw new IllegalStateException("database down");
					}
				});
		byte[] body = ping("a1", NOW);

		assertThatExceptionOfType(WebhookConsumerException.class)
			.isThrownBy(() -> failingOnce.receive(body, sign(body), "a1").block())
			.withMessageContaining("a1")
			.withMessageContaining("ping")
			.withMessageNotContaining("Example Org")
			.withCauseInstanceOf(IllegalStateException.class);
		assertThat(failingOnce.receive(body, sign(body), "a1").block().outcome()).isEqualTo(WebhookReceipt.Outcome.ACCEPTED);
		assertThat(attempts).containsExactly("a1", "a1");
	}

	@Test
	void aSignedBodyWithoutIdReplayedUnderNewIdHeadersIsNeverConsumed() {
		byte[] body = ("{\"kind\":\"ping\",\"sent_at\":\"" + NOW + "\",\"data\":{}}").getBytes(StandardCharsets.UTF_8);

		WebhookReceipt first = this.receiver.receive(body, sign(body), "h-1").block();
		WebhookReceipt replay = this.receiver.receive(body, sign(body), "h-2").block();

		assertThat(first.rejection()).isEqualTo(WebhookRejection.MISSING_ID);
		assertThat(replay.rejection()).isEqualTo(WebhookRejection.MISSING_ID);
		assertThat(this.consumed).isEmpty();
	}

	@Test
	void aReplayUnderAnotherIdHeaderIsRefusedAndTheSignedIdStaysTheKey() {
		byte[] body = ping("a1", NOW);
		this.receiver.receive(body, sign(body), "a1").block();

		assertThat(this.receiver.receive(body, sign(body), "a2").block().rejection()).isEqualTo(WebhookRejection.ID_MISMATCH);
		assertThat(this.receiver.receive(body, sign(body), null).block().outcome()).isEqualTo(WebhookReceipt.Outcome.DUPLICATE);
		assertThat(this.consumed).extracting(WebhookMessage::id).containsExactly("a1");
	}

	@Test
	void theConsumerRunsOnABoundedElasticWorkerNotOnTheSubscribingThread() {
		List<String> threads = new ArrayList<>();
		WebhookReceiver receiver = new WebhookReceiver(WebhookVerifier.builder(SECRET).clock(this.clock).build(),
				WebhookDeduplicator.inMemory(), (message) -> threads.add(Thread.currentThread().getName()));
		byte[] body = ping("a1", NOW);

		WebhookReceipt receipt = receiver.receive(body, sign(body), "a1").subscribeOn(Schedulers.parallel()).block();

		assertThat(receipt.outcome()).isEqualTo(WebhookReceipt.Outcome.ACCEPTED);
		assertThat(threads).singleElement().asString().startsWith("boundedElastic");
	}

	@Test
	void aDeliveryArrivingWhileTheFirstIsProcessedIsNeitherConsumedNorAcknowledged() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch proceed = new CountDownLatch(1);
		List<String> consumed = new CopyOnWriteArrayList<>();
		WebhookReceiver receiver = new WebhookReceiver(WebhookVerifier.builder(SECRET).clock(this.clock).build(),
				WebhookDeduplicator.inMemory(), (message) -> {
					started.countDown();
					await(proceed);
					consumed.add(message.id());
				});
		byte[] body = ping("a1", NOW);
		CompletableFuture<WebhookReceipt> first = receiver.receive(body, sign(body), "a1").toFuture();
		await(started);

		WebhookReceipt concurrent = receiver.receive(body, sign(body), "a1").block();
		proceed.countDown();

		assertThat(concurrent.outcome()).isEqualTo(WebhookReceipt.Outcome.IN_PROGRESS);
		assertThat(first.get().outcome()).isEqualTo(WebhookReceipt.Outcome.ACCEPTED);
		assertThat(receiver.receive(body, sign(body), "a1").block().outcome())
			.isEqualTo(WebhookReceipt.Outcome.DUPLICATE);
		assertThat(consumed).containsExactly("a1");
	}

	@Test
	void whenTheCallerGoesAwayTheDeliveryStillRunsToItsEndAndItsClaimIsKept() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch proceed = new CountDownLatch(1);
		CountDownLatch kept = new CountDownLatch(1);
		WebhookDeduplicator memory = WebhookDeduplicator.inMemory();
		WebhookDeduplicator observed = new WebhookDeduplicator() {

			@Override
			public Mono<Claim> claim(String id) {
				return memory.claim(id);
			}

			@Override
			public Mono<Void> keep(String id) {
				return memory.keep(id).doOnSuccess((done) -> kept.countDown());
			}

			@Override
			public Mono<Void> release(String id) {
				return memory.release(id);
			}

		};
		List<String> consumed = new CopyOnWriteArrayList<>();
		WebhookReceiver receiver = new WebhookReceiver(WebhookVerifier.builder(SECRET).clock(this.clock).build(),
				observed, (message) -> {
					started.countDown();
					await(proceed);
					consumed.add(message.id());
				});
		byte[] body = ping("a1", NOW);

		Disposable request = receiver.receive(body, sign(body), "a1").subscribe();
		await(started);
		request.dispose();
		proceed.countDown();
		await(kept);

		assertThat(consumed).containsExactly("a1");
		assertThat(receiver.receive(body, sign(body), "a1").block().outcome())
			.isEqualTo(WebhookReceipt.Outcome.DUPLICATE);
	}

	@Test
	void aBodyIsRequiredBeforeAnythingElse() {
		assertThatNullPointerException().isThrownBy(() -> this.receiver.receive(null, "00", "a1")).withMessage("body");
	}

	private static void await(CountDownLatch latch) {
		try {
			// a bound for a broken build only, not a timing assertion
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
