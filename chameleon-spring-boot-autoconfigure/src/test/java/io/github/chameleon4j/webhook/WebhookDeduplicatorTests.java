package io.github.chameleon4j.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static io.github.chameleon4j.webhook.SignedWebhooks.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookDeduplicatorTests {

	private final MutableClock clock = new MutableClock(NOW);

	private final WebhookDeduplicator deduplicator = WebhookDeduplicator.of(Duration.ofHours(48), 3, this.clock);

	@Test
	void firstDeliveryIsNewAndRedeliveriesAreNot() {
		assertThat(this.deduplicator.firstDelivery("a1")).isTrue();
		assertThat(this.deduplicator.firstDelivery("a1")).isFalse();
		assertThat(this.deduplicator.firstDelivery("a2")).isTrue();
	}

	@Test
	void redeliveriesThroughoutChameleonsRetryScheduleAreDropped() {
		this.deduplicator.firstDelivery("a1");

		this.clock.advance(Duration.ofHours(43));

		assertThat(this.deduplicator.firstDelivery("a1")).isFalse();
	}

	@Test
	void idsAreForgottenOnceTheWindowHasPassed() {
		this.deduplicator.firstDelivery("a1");

		this.clock.advance(Duration.ofHours(48));

		assertThat(this.deduplicator.size()).isZero();
		assertThat(this.deduplicator.firstDelivery("a1")).isTrue();
	}

	@Test
	void windowIsCountedFromTheFirstDeliveryNotTheLatest() {
		this.deduplicator.firstDelivery("a1");
		this.clock.advance(Duration.ofHours(47));
		assertThat(this.deduplicator.firstDelivery("a1")).isFalse();

		this.clock.advance(Duration.ofHours(1));

		assertThat(this.deduplicator.firstDelivery("a1")).isTrue();
	}

	@Test
	void whenFullThenTheOldestIdIsEvictedFirst() {
		this.deduplicator.firstDelivery("a1");
		this.clock.advance(Duration.ofSeconds(1));
		this.deduplicator.firstDelivery("a2");
		this.deduplicator.firstDelivery("a3");

		assertThat(this.deduplicator.firstDelivery("a4")).isTrue();

		assertThat(this.deduplicator.size()).isEqualTo(3);
		assertThat(this.deduplicator.firstDelivery("a2")).isFalse();
		assertThat(this.deduplicator.firstDelivery("a1")).isTrue();
	}

	@Test
	void forgottenIdsCountAsNewAgain() {
		this.deduplicator.firstDelivery("a1");

		this.deduplicator.forget("a1");

		assertThat(this.deduplicator.firstDelivery("a1")).isTrue();
	}

	@Test
	void invalidSettingsFailWithTheArgumentNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookDeduplicator.of(Duration.ZERO, 1, this.clock))
			.withMessageContaining("window");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookDeduplicator.of(Duration.ofHours(1), 0, this.clock))
			.withMessageContaining("maxEntries");
	}

}
