package io.github.chameleon4j.client.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.BatchReceipt.BatchItemError;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.client.sync.SyncResult.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The batching engine with a recording batch call in place of HTTP (HTTP behaviour: {@link BulkSyncHttpTests}):
 * how batches are cut, when the input is read, and that every item gets exactly one result.
 */
class BulkSyncTests {

	private static final JsonMapper JSON = ChameleonJson.newMapper();

	private static final Duration VERIFY = Duration.ofSeconds(10);

	private final List<List<ProfileTraits>> sent = new CopyOnWriteArrayList<>();

	@Test
	void batchesAreCutBeforeTheItemThatWouldTakeTheBodyPastMaxBytes() {
		List<ProfileTraits> profiles = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			// sizes vary from ~40 to ~700 bytes, so only a byte count finds the cuts
			profiles.add(profile(i).with("notes", "n".repeat((i * 37) % 660)));
		}
		int maxBytes = 8 * 1024;
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults().withMaxBytes(maxBytes), accepting());
		List<SyncResult<ProfileTraits>> results = sync.sync(Flux.fromIterable(profiles)).collectList().block(VERIFY);
		assertThat(results).hasSize(300).allMatch(SyncResult::isAccepted);
		assertThat(this.sent).hasSizeGreaterThan(10);
		int offset = 0;
		for (int b = 0; b < this.sent.size(); b++) {
			List<ProfileTraits> batch = this.sent.get(b);
			assertThat(batch).containsExactlyElementsOf(profiles.subList(offset, offset + batch.size()));
			offset += batch.size();
			int bytes = body(batch).length;
			assertThat(bytes).as("batch %d", b).isLessThanOrEqualTo(maxBytes);
			if (b + 1 < this.sent.size()) {
				// full: the next item would not have fitted
				assertThat(bytes + 1 + JSON.writeValueAsBytes(profiles.get(offset).toBody()).length).as("batch %d", b)
					.isGreaterThan(maxBytes);
			}
		}
		assertThat(offset).isEqualTo(300);
	}

	@Test
	void batchesAreCutAtMaxItems() {
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults().withMaxItems(1000), accepting());
		StepVerifier.create(sync.sync(Flux.range(0, 2500).map(BulkSyncTests::profile)))
			.expectNextCount(2500)
			.expectComplete()
			.verify(VERIFY);
		assertThat(this.sent).extracting(List::size).containsExactly(1000, 1000, 500);
	}

	@Test
	void aPartialBatchIsSentOnceTheInputHasBeenQuietForTheLinger() {
		Duration linger = Duration.ofMillis(500);
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults().withLinger(linger), accepting());
		Flux<ProfileTraits> trickle = Flux.concat(Flux.range(0, 3).map(BulkSyncTests::profile), Flux.never());
		StepVerifier.withVirtualTime(() -> sync.sync(trickle))
			.expectSubscription()
			.thenAwait(linger.minusMillis(1))
			.then(() -> assertThat(this.sent).isEmpty())
			.thenAwait(Duration.ofMillis(1))
			.expectNextCount(3)
			.then(() -> assertThat(this.sent).extracting(List::size).containsExactly(3))
			.thenCancel()
			.verify(VERIFY);
	}

	@Test
	void theLingerCountsFromTheLastItem() {
		Sinks.Many<ProfileTraits> source = Sinks.many().unicast().onBackpressureBuffer();
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults().withLinger(Duration.ofMillis(500)),
				accepting());
		StepVerifier.withVirtualTime(() -> sync.sync(source.asFlux()))
			.expectSubscription()
			.then(() -> source.tryEmitNext(profile(1)))
			.thenAwait(Duration.ofMillis(400))
			.then(() -> source.tryEmitNext(profile(2)))
			.thenAwait(Duration.ofMillis(499))
			.then(() -> assertThat(this.sent).isEmpty())
			.thenAwait(Duration.ofMillis(1))
			.expectNextCount(2)
			.then(() -> assertThat(this.sent).extracting(List::size).containsExactly(2))
			.thenCancel()
			.verify(VERIFY);
	}

	@Test
	void aSteadyTrickleIsSentAtTheLatestAfterTheMaxWait() {
		Duration linger = Duration.ofMillis(500);
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles",
				SyncOptions.defaults().withLinger(linger).withMaxWait(Duration.ofSeconds(2)), accepting());
		// an item every 300 ms: never quiet for the linger (assembled in the supplier, on virtual time)
		StepVerifier.withVirtualTime(() -> sync.sync(Flux.interval(Duration.ZERO, Duration.ofMillis(300)).map((i) -> profile(i.intValue()))))
			.expectSubscription()
			.thenAwait(Duration.ofMillis(1999))
			.then(() -> assertThat(this.sent).isEmpty())
			.thenAwait(Duration.ofMillis(1))
			// the items of 0, 300, ..., 1800 ms
			.expectNextCount(7)
			// the next batch's clock starts with its first item, at 2100 ms
			.thenAwait(Duration.ofMillis(2100))
			.expectNextCount(7)
			.then(() -> assertThat(this.sent).extracting(List::size).containsExactly(7, 7))
			.thenCancel()
			.verify(VERIFY);
	}

	@Test
	void aPartialBatchWaitingForAFreeSlotKeepsFillingInsteadOfBeingCutSmall() {
		ProfileTraits[] items = new ProfileTraits[24];
		for (int i = 0; i < items.length; i++) {
			items[i] = ProfileTraits.forUid(String.format("u-%02d", i)).with("blob", "b".repeat(300));
		}
		int itemBytes = JSON.writeValueAsBytes(items[0].toBody()).length;
		int envelope = body(List.of()).length;
		// six items fit, a seventh does not
		int maxBytes = envelope + 6 * itemBytes + 5 + itemBytes / 2;
		Sinks.Many<ProfileTraits> source = Sinks.many().unicast().onBackpressureBuffer();
		List<Sinks.One<BatchReceipt>> calls = new CopyOnWriteArrayList<>();
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles",
				SyncOptions.defaults().withMaxBytes(maxBytes).withConcurrency(1).withLinger(Duration.ofMillis(500)),
				(batch) -> {
					this.sent.add(batch);
					Sinks.One<BatchReceipt> call = Sinks.one();
					calls.add(call);
					return call.asMono();
				});
		StepVerifier.withVirtualTime(() -> sync.sync(source.asFlux()))
			.expectSubscription()
			.then(() -> {
				for (int i = 0; i < 20; i++) {
					source.tryEmitNext(items[i]);
				}
			})
			// the first batch is in flight; two more are full; items 18 and 19 wait for a slot, longer than the linger
			.thenAwait(Duration.ofSeconds(5))
			.then(() -> assertThat(this.sent).extracting(List::size).containsExactly(6))
			.then(() -> calls.get(0).tryEmitValue(new BatchReceipt("b-1", List.of())))
			.expectNextCount(6)
			.then(() -> calls.get(1).tryEmitValue(new BatchReceipt("b-2", List.of())))
			.expectNextCount(6)
			.then(() -> {
				for (int i = 20; i < 24; i++) {
					source.tryEmitNext(items[i]);
				}
			})
			.then(() -> calls.get(2).tryEmitValue(new BatchReceipt("b-3", List.of())))
			.expectNextCount(6)
			// a slot is free: the partial batch lingers now, and leaves with the items that came while it waited
			.thenAwait(Duration.ofMillis(500))
			.then(() -> assertThat(this.sent).extracting(List::size).containsExactly(6, 6, 6, 6))
			.then(() -> calls.get(3).tryEmitValue(new BatchReceipt("b-4", List.of())))
			.expectNextCount(6)
			.thenCancel()
			.verify(VERIFY);
	}

	@Test
	void theSourceIsReadOnlyAsFastAsBatchesLeave() {
		AtomicLong requested = new AtomicLong();
		Flux<ProfileTraits> source = Flux.range(0, 100_000).map(BulkSyncTests::profile).doOnRequest(requested::addAndGet);
		List<Sinks.One<BatchReceipt>> calls = new CopyOnWriteArrayList<>();
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults().withMaxItems(1000).withConcurrency(1),
				(batch) -> {
					this.sent.add(batch);
					Sinks.One<BatchReceipt> call = Sinks.one();
					calls.add(call);
					return call.asMono();
				});
		StepVerifier.create(sync.sync(source))
			.then(() -> {
				// one batch in flight, nothing read beyond it
				assertThat(this.sent).hasSize(1);
				assertThat(requested).hasValue(1000);
			})
			.then(() -> calls.get(0).tryEmitValue(new BatchReceipt("b-0", List.of())))
			.expectNextCount(1000)
			.then(() -> {
				assertThat(this.sent).hasSize(2);
				assertThat(requested).hasValue(2000);
			})
			.thenCancel()
			.verify(VERIFY);
	}

	@Test
	void slowConsumersSlowTheReadingToo() {
		AtomicLong requested = new AtomicLong();
		Flux<ProfileTraits> source = Flux.range(0, 100_000).map(BulkSyncTests::profile).doOnRequest(requested::addAndGet);
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults().withMaxItems(100).withConcurrency(2),
				accepting());
		StepVerifier.create(sync.sync(source), 10)
			.expectNextCount(10)
			.then(() -> assertThat(requested.get()).as("items read for 10 results").isLessThanOrEqualTo(3 * 100))
			.thenCancel()
			.verify(VERIFY);
	}

	@Test
	void chameleonsItemErrorsRejectTheCallersOwnItems() {
		List<ProfileTraits> profiles = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			profiles.add(profile(i));
		}
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults().withMaxItems(5),
				(batch) -> Mono.just(new BatchReceipt("b-1", List.of(new BatchItemError(422, 1, "No identifier found"),
						new BatchItemError(404, 3, "Not found")))));
		List<SyncResult<ProfileTraits>> results = sync.sync(Flux.fromIterable(profiles)).collectList().block(VERIFY);
		assertThat(results).hasSize(5);
		for (SyncResult<ProfileTraits> result : results) {
			assertThat(result.item()).isSameAs(profiles.get((int) result.index()));
		}
		assertThat(results).filteredOn(SyncResult::isAccepted)
			.extracting(SyncResult::index)
			.containsExactlyInAnyOrder(0L, 2L, 4L);
		assertThat(results).filteredOn(SyncResult::isAccepted).allSatisfy((result) -> assertThat(result.batchId()).isEqualTo("b-1"));
		assertThat(results.get(1).outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(results.get(1).error()).isInstanceOfSatisfying(ItemRejectedException.class, (ex) -> {
			assertThat(ex.code()).isEqualTo(422);
			assertThat(ex.getMessage()).contains("No identifier found");
		});
		assertThat(results.get(3).error()).isInstanceOfSatisfying(ItemRejectedException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(404));
	}

	@Test
	void anItemErrorWithoutAUsableIndexLeavesNoItemOfItsBatchReportedAccepted() {
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults(),
				(batch) -> Mono.just(new BatchReceipt("b-1", List.of(new BatchItemError(422, 7, "index out of range")))));
		List<SyncResult<ProfileTraits>> results = sync.sync(Flux.range(0, 3).map(BulkSyncTests::profile))
			.collectList()
			.block(VERIFY);
		assertThat(results).hasSize(3).extracting(SyncResult::outcome).containsOnly(Outcome.FAILED);
	}

	@Test
	void itemsTheClientCannotSendAreRejectedWithoutARequestAndNamed() {
		ProfileTraits huge = ProfileTraits.forUid("huge").with("blob", "x".repeat(16 * 1024 * 1024));
		ProfileTraits[] items = { profile(0), null, huge, profile(3) };
		// a Reactor Flux cannot emit null; a hand-written Publisher can (breaking rule 2.13)
		Publisher<ProfileTraits> raw = (subscriber) -> subscriber.onSubscribe(new Subscription() {

			private int next;

			@Override
			public void request(long n) {
				for (long i = 0; i < n && this.next < items.length; i++) {
					subscriber.onNext(items[this.next++]);
				}
				if (this.next == items.length) {
					this.next++;
					subscriber.onComplete();
				}
			}

			@Override
			public void cancel() {
			}

		});
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults(), accepting());
		List<SyncResult<ProfileTraits>> results = new ArrayList<>(sync.sync(raw).collectList().block(VERIFY));
		results.sort((a, b) -> Long.compare(a.index(), b.index()));
		assertThat(results).extracting(SyncResult::outcome)
			.containsExactly(Outcome.ACCEPTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.ACCEPTED);
		assertThat(results.get(1).error()).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("profiles[1] must not be null");
		assertThat(results.get(2).item()).isSameAs(huge);
		assertThat(results.get(2).error()).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("profiles[2]")
			.hasMessageContaining("16 MB");
		assertThat(this.sent).singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly(items[0], items[3]);
	}

	@Test
	void aFailedBatchFailsItsItemsAndTheNextBatchesAreStillSent() {
		IllegalStateException outage = new IllegalStateException("503 after retries");
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults().withMaxItems(2).withConcurrency(1),
				(batch) -> {
					this.sent.add(batch);
					return (this.sent.size() == 1) ? Mono.error(outage) : Mono.just(new BatchReceipt("b", List.of()));
				});
		List<SyncResult<ProfileTraits>> results = sync.sync(Flux.range(0, 4).map(BulkSyncTests::profile))
			.collectList()
			.block(VERIFY);
		assertThat(results).extracting(SyncResult::index).containsExactly(0L, 1L, 2L, 3L);
		assertThat(results).extracting(SyncResult::outcome)
			.containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.ACCEPTED, Outcome.ACCEPTED);
		assertThat(results.get(0).error()).isSameAs(outage);
	}

	@Test
	void whenTheSourceFailsWhatItGaveIsStillSentBeforeTheError() {
		IllegalStateException broken = new IllegalStateException("cursor lost");
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults(), accepting());
		StepVerifier.create(sync.sync(Flux.concat(Flux.range(0, 3).map(BulkSyncTests::profile), Flux.error(broken))))
			.expectNextCount(3)
			.expectErrorMatches((ex) -> ex == broken)
			.verify(VERIFY);
		assertThat(this.sent).singleElement().extracting(List::size).isEqualTo(3);
	}

	@Test
	void anEmptyInputSendsNothing() {
		BulkSync<ProfileTraits> sync = BulkSync.of("profiles", SyncOptions.defaults(), accepting());
		StepVerifier.create(sync.sync(Flux.empty())).expectComplete().verify(VERIFY);
		assertThat(this.sent).isEmpty();
	}

	@Test
	void argumentsAreCheckedNamingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> BulkSync.of("profiles", SyncOptions.defaults(), accepting()).sync(null))
			.withMessageContaining("profiles");
		assertThatIllegalArgumentException().isThrownBy(() -> BulkSync.of("profiles", null, accepting()))
			.withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> BulkSync.profiles(null, SyncOptions.defaults()))
			.withMessageContaining("hooks");
		assertThatIllegalArgumentException().isThrownBy(() -> SyncOptions.defaults().withMaxItems(0))
			.withMessageContaining("maxItems");
		assertThatIllegalArgumentException().isThrownBy(() -> SyncOptions.defaults().withMaxBytes(16 * 1024 * 1024))
			.withMessageContaining("maxBytes");
		assertThatIllegalArgumentException().isThrownBy(() -> SyncOptions.defaults().withLinger(Duration.ZERO))
			.withMessageContaining("linger");
		assertThatIllegalArgumentException().isThrownBy(() -> SyncOptions.defaults().withMaxWait(Duration.ofMillis(100)))
			.withMessageContaining("maxWait");
		assertThatIllegalArgumentException().isThrownBy(() -> SyncOptions.defaults().withConcurrency(0))
			.withMessageContaining("concurrency");
	}

	@Test
	void theDefaultsFollowTheReferencesSizingGuidance() {
		SyncOptions defaults = SyncOptions.defaults();
		assertThat(defaults.maxItems()).isEqualTo(10_000);
		assertThat(defaults.maxBytes()).isEqualTo((int) (16_777_216 * 0.95));
		assertThat(defaults.createMissing()).isTrue();
	}

	private Function<List<ProfileTraits>, Mono<BatchReceipt>> accepting() {
		return (batch) -> {
			this.sent.add(batch);
			return Mono.just(new BatchReceipt("b-" + this.sent.size(), List.of()));
		};
	}

	static ProfileTraits profile(int i) {
		return ProfileTraits.forUid("u-" + i).with("plan", "pro");
	}

	private static byte[] body(List<ProfileTraits> batch) {
		List<Map<String, Object>> items = new ArrayList<>();
		batch.forEach((item) -> items.add(item.toBody()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("profiles", Collections.unmodifiableList(items));
		body.put("on_model_missing", "create");
		return JSON.writeValueAsBytes(body);
	}

}
