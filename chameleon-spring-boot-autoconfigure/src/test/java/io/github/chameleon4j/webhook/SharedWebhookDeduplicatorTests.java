package io.github.chameleon4j.webhook;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.chameleon4j.webhook.WebhookDeduplicator.Claim;

import static io.github.chameleon4j.webhook.SignedWebhooks.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local memory in front of a shared store that may be slow, down or forgetful (a scripted store;
 * {@code RedisWebhookDeduplicationTests} runs a real Redis). Waits run on Reactor's virtual time.
 */
class SharedWebhookDeduplicatorTests {

	private static final Duration TIMEOUT = Duration.ofMillis(250);

	private final MutableClock clock = new MutableClock(NOW);

	private final ScriptedStore store = new ScriptedStore();

	private final WebhookDeduplicator deduplicator = WebhookDeduplicator.shared(this.store, TIMEOUT,
			WebhookDeduplicator.inMemory(Duration.ofHours(48), 100, this.clock));

	@Test
	void theStoresAnswerStandsWhenItAnswers() {
		this.store.claims = Mono.just(Claim.HANDLED);

		assertThat(this.deduplicator.claim("a1").block()).isEqualTo(Claim.HANDLED);
		assertThat(this.store.calls).containsExactly("claim a1");
	}

	@Test
	void anIdProcessedOrInProgressOnAnotherReplicaIsNotHeldHere() {
		this.store.claims = Mono.just(Claim.IN_PROGRESS);
		assertThat(this.deduplicator.claim("a1").block()).isEqualTo(Claim.IN_PROGRESS);

		// the other replica's listener failed and released it: Chameleon's retry reaches this replica
		this.store.claims = Mono.just(Claim.CLAIMED);

		assertThat(this.deduplicator.claim("a1").block()).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void whenTheStoreIsDownADeliveryIsStillProcessedAtMostOnceOnThisReplica() {
		this.store.claims = Mono.error(new IllegalStateException("connection refused"));
		this.store.writes = Mono.error(new IllegalStateException("connection refused"));

		assertThat(this.deduplicator.claim("a1").block()).isEqualTo(Claim.CLAIMED);
		assertThat(this.deduplicator.claim("a1").block()).isEqualTo(Claim.IN_PROGRESS);
		this.deduplicator.keep("a1").block();
		assertThat(this.deduplicator.claim("a1").block()).isEqualTo(Claim.HANDLED);
		assertThat(this.deduplicator.claim("a2").block()).isEqualTo(Claim.CLAIMED);
		this.deduplicator.release("a2").block();
		assertThat(this.deduplicator.claim("a2").block()).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void aStoreThatLostItsKeysCannotMakeThisReplicaProcessAnIdTwice() {
		this.deduplicator.claim("a1").block();
		this.deduplicator.keep("a1").block();
		this.store.calls.clear();

		// Redis restarted empty: it would claim the id again
		assertThat(this.deduplicator.claim("a1").block()).isEqualTo(Claim.HANDLED);
		assertThat(this.store.calls).isEmpty();
	}

	@Test
	void aStoreThatNeverAnsweredGetsTwoSecondsForItsFirstAnswerThenTheTimeout() {
		this.store.claims = Mono.never();

		StepVerifier.withVirtualTime(() -> this.deduplicator.claim("a1"))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(1999))
			.thenAwait(Duration.ofMillis(1))
			.expectNext(Claim.CLAIMED)
			.verifyComplete();

		this.store.claims = Mono.just(Claim.CLAIMED);
		assertThat(this.deduplicator.claim("a2").block()).isEqualTo(Claim.CLAIMED);
		this.store.claims = Mono.never();

		StepVerifier.withVirtualTime(() -> this.deduplicator.claim("a3"))
			.expectSubscription()
			.expectNoEvent(TIMEOUT.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectNext(Claim.CLAIMED)
			.verifyComplete();
	}

	@Test
	void aSlowStoreDelaysKeepAndReleaseByTheTimeoutAtMostAndNeverFailsThem() {
		this.store.claims = Mono.just(Claim.CLAIMED);
		this.deduplicator.claim("a1").block();
		this.deduplicator.claim("a2").block();
		this.store.writes = Mono.never();

		StepVerifier.withVirtualTime(() -> this.deduplicator.keep("a1").then(this.deduplicator.release("a2")))
			.expectSubscription()
			.expectNoEvent(TIMEOUT.multipliedBy(2).minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.verifyComplete();

		this.store.claims = Mono.never();
		assertThat(this.store.calls).containsExactly("claim a1", "claim a2", "keep a1", "release a2");
		assertThat(this.deduplicator.claim("a1").block()).isEqualTo(Claim.HANDLED);
		StepVerifier.withVirtualTime(() -> this.deduplicator.claim("a2"))
			.thenAwait(TIMEOUT)
			.expectNext(Claim.CLAIMED)
			.verifyComplete();
	}

	/** A store whose answers the test sets; records the calls. */
	static final class ScriptedStore implements WebhookDeduplicator {

		final List<String> calls = new CopyOnWriteArrayList<>();

		Mono<Claim> claims = Mono.just(Claim.CLAIMED);

		Mono<Void> writes = Mono.empty();

		@Override
		public Mono<Claim> claim(String id) {
			return Mono.defer(() -> {
				this.calls.add("claim " + id);
				return this.claims;
			});
		}

		@Override
		public Mono<Void> keep(String id) {
			return Mono.defer(() -> {
				this.calls.add("keep " + id);
				return this.writes;
			});
		}

		@Override
		public Mono<Void> release(String id) {
			return Mono.defer(() -> {
				this.calls.add("release " + id);
				return this.writes;
			});
		}

	}

}
