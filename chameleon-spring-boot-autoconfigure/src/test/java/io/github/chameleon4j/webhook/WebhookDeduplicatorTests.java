package io.github.chameleon4j.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.webhook.WebhookDeduplicator.Claim;

import static io.github.chameleon4j.webhook.SignedWebhooks.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** The in-memory de-duplication: answers at once, on the subscribing thread. */
class WebhookDeduplicatorTests {

	private final MutableClock clock = new MutableClock(NOW);

	private final InMemoryWebhookDeduplicator deduplicator = (InMemoryWebhookDeduplicator) WebhookDeduplicator
		.inMemory(Duration.ofHours(48), 3, this.clock);

	@Test
	void theFirstDeliveryIsClaimedAndAKeptIdIsHandled() {
		assertThat(claim("a1")).isEqualTo(Claim.CLAIMED);
		this.deduplicator.keep("a1").block();

		assertThat(claim("a1")).isEqualTo(Claim.HANDLED);
		assertThat(claim("a2")).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void whileTheClaimIsNeitherKeptNorReleasedAnotherDeliveryIsInProgress() {
		assertThat(claim("a1")).isEqualTo(Claim.CLAIMED);

		assertThat(claim("a1")).isEqualTo(Claim.IN_PROGRESS);
	}

	@Test
	void aReleasedIdIsClaimedAgain() {
		claim("a1");

		this.deduplicator.release("a1").block();

		assertThat(claim("a1")).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void redeliveriesThroughoutChameleonsRetryScheduleAreDropped() {
		handled("a1");

		this.clock.advance(Duration.ofHours(43));

		assertThat(claim("a1")).isEqualTo(Claim.HANDLED);
	}

	@Test
	void idsAreForgottenOnceTheWindowHasPassed() {
		handled("a1");

		this.clock.advance(Duration.ofHours(48));

		assertThat(this.deduplicator.size()).isZero();
		assertThat(claim("a1")).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void windowIsCountedFromTheClaimNotTheLatestDelivery() {
		handled("a1");
		this.clock.advance(Duration.ofHours(47));
		assertThat(claim("a1")).isEqualTo(Claim.HANDLED);

		this.clock.advance(Duration.ofHours(1));

		assertThat(claim("a1")).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void whenFullThenTheOldestIdIsEvictedFirst() {
		handled("a1");
		this.clock.advance(Duration.ofSeconds(1));
		handled("a2");
		handled("a3");

		assertThat(claim("a4")).isEqualTo(Claim.CLAIMED);

		assertThat(this.deduplicator.size()).isEqualTo(3);
		assertThat(claim("a2")).isEqualTo(Claim.HANDLED);
		assertThat(claim("a1")).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void anIdEvictedWhileItWasProcessedIsRememberedWhenKept() {
		claim("a1");
		handled("a2");
		handled("a3");
		handled("a4");

		this.deduplicator.keep("a1").block();

		assertThat(claim("a1")).isEqualTo(Claim.HANDLED);
	}

	@Test
	void invalidArgumentsFailWithTheArgumentNamed() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookDeduplicator.inMemory(Duration.ZERO, 1, this.clock))
			.withMessageContaining("window");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookDeduplicator.inMemory(Duration.ofHours(1), 0, this.clock))
			.withMessageContaining("maxEntries");
		assertThatNullPointerException().isThrownBy(() -> this.deduplicator.claim(null)).withMessage("id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookDeduplicator.shared(this.deduplicator, Duration.ZERO, this.deduplicator))
			.withMessageContaining("timeout");
	}

	private Claim claim(String id) {
		return this.deduplicator.claim(id).block();
	}

	private void handled(String id) {
		assertThat(claim(id)).isEqualTo(Claim.CLAIMED);
		this.deduplicator.keep(id).block();
	}

}
