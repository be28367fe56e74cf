package io.github.chameleon4j.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.github.chameleon4j.webhook.SignedWebhooks.NOW;
import static io.github.chameleon4j.webhook.SignedWebhooks.SECRET;
import static io.github.chameleon4j.webhook.SignedWebhooks.ping;
import static io.github.chameleon4j.webhook.SignedWebhooks.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookReceiverTests {

	private final MutableClock clock = new MutableClock(NOW);

	private final List<WebhookMessage> consumed = new ArrayList<>();

	private final WebhookReceiver receiver = new WebhookReceiver(WebhookVerifier.builder(SECRET).clock(this.clock).build(),
			WebhookDeduplicator.of(Duration.ofHours(48), 100, this.clock), this.consumed::add);

	@Test
	void verifiedWebhookIsAcceptedAndConsumedOnce() {
		byte[] body = ping("a1", NOW);

		WebhookReceipt first = this.receiver.receive(body, sign(body), "a1");
		WebhookReceipt again = this.receiver.receive(body, sign(body), "a1");

		assertThat(first.outcome()).isEqualTo(WebhookReceipt.Outcome.ACCEPTED);
		assertThat(again.outcome()).isEqualTo(WebhookReceipt.Outcome.DUPLICATE);
		assertThat(this.consumed).extracting(WebhookMessage::id).containsExactly("a1");
	}

	@Test
	void redeliveryHoursLaterWithAFreshSentAtIsStillADuplicate() {
		byte[] first = ping("a1", NOW);
		this.receiver.receive(first, sign(first), "a1");
		this.clock.advance(Duration.ofHours(20));
		byte[] retry = ping("a1", NOW.plus(Duration.ofHours(20)));

		assertThat(this.receiver.receive(retry, sign(retry), "a1").outcome())
			.isEqualTo(WebhookReceipt.Outcome.DUPLICATE);
		assertThat(this.consumed).hasSize(1);
	}

	@Test
	void rejectedWebhookIsNotConsumedNorRemembered() {
		byte[] body = ping("a1", NOW);

		WebhookReceipt receipt = this.receiver.receive(body, "00", "a1");

		assertThat(receipt.outcome()).isEqualTo(WebhookReceipt.Outcome.REJECTED);
		assertThat(receipt.rejection()).isEqualTo(WebhookRejection.BAD_SIGNATURE);
		assertThat(this.consumed).isEmpty();
		assertThat(this.receiver.receive(body, sign(body), "a1").outcome()).isEqualTo(WebhookReceipt.Outcome.ACCEPTED);
	}

	@Test
	void whenTheConsumerFailsThenTheRedeliveryIsProcessed() {
		List<String> attempts = new ArrayList<>();
		WebhookReceiver failingOnce = new WebhookReceiver(WebhookVerifier.builder(SECRET).clock(this.clock).build(),
				WebhookDeduplicator.create(), (message) -> {
					attempts.add(message.id());
					if (attempts.size() == 1) {
						throw new IllegalStateException("database down");
					}
				});
		byte[] body = ping("a1", NOW);

		assertThatExceptionOfType(WebhookConsumerException.class)
			.isThrownBy(() -> failingOnce.receive(body, sign(body), "a1"))
			.withMessageContaining("a1")
			.withMessageContaining("ping")
			.withMessageNotContaining("Example Org")
			.withCauseInstanceOf(IllegalStateException.class);
		assertThat(failingOnce.receive(body, sign(body), "a1").outcome()).isEqualTo(WebhookReceipt.Outcome.ACCEPTED);
		assertThat(attempts).containsExactly("a1", "a1");
	}

	@Test
	void aSignedBodyWithoutIdReplayedUnderNewIdHeadersIsNeverConsumed() {
		byte[] body = ("{\"kind\":\"ping\",\"sent_at\":\"" + NOW + "\",\"data\":{}}").getBytes(StandardCharsets.UTF_8);

		WebhookReceipt first = this.receiver.receive(body, sign(body), "h-1");
		WebhookReceipt replay = this.receiver.receive(body, sign(body), "h-2");

		assertThat(first.rejection()).isEqualTo(WebhookRejection.MISSING_ID);
		assertThat(replay.rejection()).isEqualTo(WebhookRejection.MISSING_ID);
		assertThat(this.consumed).isEmpty();
	}

	@Test
	void aReplayUnderAnotherIdHeaderIsRefusedAndTheSignedIdStaysTheKey() {
		byte[] body = ping("a1", NOW);
		this.receiver.receive(body, sign(body), "a1");

		assertThat(this.receiver.receive(body, sign(body), "a2").rejection()).isEqualTo(WebhookRejection.ID_MISMATCH);
		assertThat(this.receiver.receive(body, sign(body), null).outcome()).isEqualTo(WebhookReceipt.Outcome.DUPLICATE);
		assertThat(this.consumed).extracting(WebhookMessage::id).containsExactly("a1");
	}

}
