package io.github.chameleon4j.client.sync;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.HookOperations;
import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.error.ChameleonResponseException;
import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.BatchReceipt.BatchItemError;
import io.github.chameleon4j.model.ChangeSet;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.client.sync.Batching.Batch;
import io.github.chameleon4j.client.sync.Batching.Entry;
import io.github.chameleon4j.client.sync.SyncResult.Outcome;

/**
 * Streams profiles or companies into Chameleon through the batch hooks, one {@link SyncResult} per item.
 * <pre>{@code
 * Flux<ProfileTraits> users = repository.streamAll().map((user) -> ProfileTraits.forUid(user.id()).with("plan", user.plan()));
 * chameleon.profiles().sync(users)
 *     .filter((result) -> !result.isAccepted())
 *     .doOnNext((result) -> log.warn("not synced: {}", result))
 *     .then()
 *     .subscribe();
 * }</pre>
 * <ul>
 * <li><b>Batches</b>: each item is measured as the client serializes it ({@link ChameleonJson}); a batch is cut
 * before the item that would take it past {@link SyncOptions#maxItems()} items or {@link SyncOptions#maxBytes()}
 * bytes of body (default 10 000 items or 95 % of 16 MB, the reference's guidance). A partial batch is sent once the
 * input has been quiet for {@link SyncOptions#linger()}, at the latest {@link SyncOptions#maxWait()} after it could
 * have left; while every slot is busy it keeps filling, since each batch costs a request of the allowance.</li>
 * <li><b>Sending</b>: through the client's own batch call ({@link HookOperations#identifyAll} or
 * {@link HookOperations#upsertCompanies}), so every batch is paced, waits out 429s, is retried as the safe-to-repeat
 * upsert it is and is protected by the circuit breaker, like every call. At most {@link SyncOptions#concurrency()}
 * batches are in flight.</li>
 * <li><b>Backpressure</b>: the input is requested only while more batches are wanted (a few hundred items at a
 * time), so it is read as fast as batches leave and as results are consumed, never ahead.</li>
 * <li><b>413</b>: a batch Chameleon finds too large is split in half and both halves are sent again (down to
 * single items; a single item answered 413 is {@link Outcome#REJECTED REJECTED}).</li>
 * <li><b>Results</b>: one per input item, carrying the caller's own object and its input index, in the order batches
 * complete: {@link Outcome#ACCEPTED ACCEPTED}, {@link Outcome#REJECTED REJECTED} with Chameleon's per-item error
 * ({@link ItemRejectedException}), or {@link Outcome#FAILED FAILED} with the exception the whole batch failed with
 * after the client's retries. A failed batch does not end the sync: the next batches are still sent (an open
 * circuit fails them at once, without requests).</li>
 * <li><b>Invalid items</b>: the client does not judge identifiers: an item without {@code uid}, {@code email} or
 * {@code id} is sent and Chameleon's per-item 422 makes it {@code REJECTED}. An item that cannot be sent at all
 * becomes {@code REJECTED} at once with an {@code IllegalArgumentException} naming it ({@code profiles[17]}), without
 * a request: a {@code null} element (which only a non-Reactor {@code Publisher} can emit, breaking Reactive Streams
 * rule 2.13), an item whose JSON is larger than 16 MB alone, an item that cannot be serialized.</li>
 * <li><b>Errors of the input</b>: when the source fails, the items it gave are still sent and their results
 * delivered; then the returned {@code Flux} fails with the source's error.</li>
 * </ul>
 * Nothing blocks; cancelling the returned {@code Flux} stops reading the input and cancels the batches in flight
 * (their items may or may not have been applied).
 *
 * @param <T> the item type
 */
public final class BulkSync<T extends ChangeSet> {

	private static final JsonMapper MAPPER = ChameleonJson.newMapper();

	private final String name;

	private final SyncOptions options;

	private final Function<List<T>, Mono<BatchReceipt>> sender;

	private final int envelopeBytes;

	private BulkSync(String name, SyncOptions options, Function<List<T>, Mono<BatchReceipt>> sender) {
		this.name = name;
		this.options = options;
		this.sender = sender;
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put(name, List.of());
		envelope.put("on_model_missing", options.createMissing() ? "create" : "ignore");
		this.envelopeBytes = MAPPER.writeValueAsBytes(envelope).length;
	}

	/**
	 * A sync of profiles through {@code hooks.identifyAll(batch, options.createMissing())}.
	 * @param hooks the client's hooks
	 * @param options the batching options
	 * @return the sync
	 */
	public static BulkSync<ProfileTraits> profiles(HookOperations hooks, SyncOptions options) {
		Arguments.requireNonNull(hooks, "hooks");
		Arguments.requireNonNull(options, "options");
		return new BulkSync<>("profiles", options, (batch) -> hooks.identifyAll(batch, options.createMissing()));
	}

	/**
	 * A sync of companies through {@code hooks.upsertCompanies(batch, options.createMissing())}.
	 * @param hooks the client's hooks
	 * @param options the batching options
	 * @return the sync
	 */
	public static BulkSync<CompanyTraits> companies(HookOperations hooks, SyncOptions options) {
		Arguments.requireNonNull(hooks, "hooks");
		Arguments.requireNonNull(options, "options");
		return new BulkSync<>("companies", options, (batch) -> hooks.upsertCompanies(batch, options.createMissing()));
	}

	/**
	 * A sync through any batch call answering like Chameleon's batch hooks (a {@link BatchReceipt} whose item
	 * errors index the list sent; a {@link ChameleonResponseException} with status 413 for a batch too large).
	 * @param <T> the item type
	 * @param name the body's list key ({@code profiles} or {@code companies}), also used to name items in messages
	 * @param options the batching options
	 * @param sender sends one batch (a non-empty list, in input order); called once per batch and per half
	 * @return the sync
	 */
	public static <T extends ChangeSet> BulkSync<T> of(String name, SyncOptions options,
			Function<List<T>, Mono<BatchReceipt>> sender) {
		Arguments.requireText(name, "name");
		Arguments.requireNonNull(options, "options");
		Arguments.requireNonNull(sender, "sender");
		return new BulkSync<>(name, options, sender);
	}

	/**
	 * Sends every item of the input; see the class description for batching, results and errors. Cold: nothing is
	 * read or sent until subscription, and each subscription reads the input again.
	 * @param items the input
	 * @return one result per input item
	 * @throws IllegalArgumentException when {@code items} is null
	 */
	public Flux<SyncResult<T>> sync(Publisher<? extends T> items) {
		Arguments.requireNonNull(items, this.name);
		return Flux.defer(() -> {
			AtomicLong position = new AtomicLong();
			Flux<Entry<T>> entries = Flux.<T>from(items).map((item) -> measure(position.getAndIncrement(), item));
			return Flux.from(new Batching<>(entries, this.options, this.envelopeBytes, Schedulers.parallel()))
				.flatMapDelayError(this::send, this.options.concurrency(), 32);
		});
	}

	private Entry<T> measure(long index, @Nullable T item) {
		if (item == null) {
			return new Entry<>(index, null, 0, new IllegalArgumentException(label(index) + " must not be null"));
		}
		long bytes;
		try {
			ByteCount count = new ByteCount();
			MAPPER.writeValue(count, item.toBody());
			bytes = count.bytes;
		}
		catch (RuntimeException ex) {
			return new Entry<>(index, item, 0,
					new IllegalArgumentException(label(index) + " cannot be serialized as JSON: " + ex.getMessage(), ex));
		}
		if (this.envelopeBytes + bytes >= HookOperations.MAX_BATCH_BYTES) {
			return new Entry<>(index, item, 0, new IllegalArgumentException(label(index) + " is " + bytes
					+ " bytes of JSON: alone it is over Chameleon's 16 MB batch limit"));
		}
		return new Entry<>(index, item, (int) bytes, null);
	}

	private String label(long index) {
		return this.name + "[" + index + "]";
	}

	private Flux<SyncResult<T>> send(Batch<T> batch) {
		RuntimeException invalid = batch.invalid();
		if (invalid != null) {
			Entry<T> entry = batch.entries().get(0);
			return Flux.just(new SyncResult<>(entry.item(), entry.index(), Outcome.REJECTED, null, invalid));
		}
		List<T> items = batch.items();
		return Mono.defer(() -> this.sender.apply(items))
			.map((receipt) -> accounted(batch, receipt))
			.switchIfEmpty(Mono.fromSupplier(() -> every(batch, Outcome.FAILED,
					new IllegalStateException("the batch call completed without a receipt"))))
			.flatMapMany(Flux::fromIterable)
			// only the call can fail, before any result of this batch is emitted
			.onErrorResume((ex) -> (isTooLarge(ex) && batch.entries().size() > 1) ? split(batch)
					: Flux.fromIterable(every(batch, isTooLarge(ex) ? Outcome.REJECTED : Outcome.FAILED, ex)));
	}

	private Flux<SyncResult<T>> split(Batch<T> batch) {
		List<Entry<T>> entries = batch.entries();
		int half = entries.size() / 2;
		return Flux.concat(send(part(entries.subList(0, half))), send(part(entries.subList(half, entries.size()))));
	}

	private Batch<T> part(List<Entry<T>> entries) {
		long bytes = this.envelopeBytes + entries.size() - 1;
		for (Entry<T> entry : entries) {
			bytes += entry.bytes();
		}
		return new Batch<>(List.copyOf(entries), bytes);
	}

	private static boolean isTooLarge(Throwable ex) {
		// a 413 from Chameleon, or the client's own check before sending (HookOperations: over 16 MB)
		return (ex instanceof ChameleonResponseException response && response.status() == 413)
				|| (ex instanceof IllegalArgumentException && String.valueOf(ex.getMessage()).contains("16 MB"));
	}

	private List<SyncResult<T>> accounted(Batch<T> batch, BatchReceipt receipt) {
		List<Entry<T>> entries = batch.entries();
		ItemRejectedException[] rejected = new ItemRejectedException[entries.size()];
		ItemRejectedException unattributed = null;
		for (BatchItemError error : receipt.errors()) {
			Integer index = error.index();
			if (index != null && index >= 0 && index < rejected.length) {
				if (rejected[index] == null) {
					rejected[index] = new ItemRejectedException(error);
				}
			}
			else if (unattributed == null) {
				unattributed = new ItemRejectedException(error);
			}
		}
		List<SyncResult<T>> results = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			Entry<T> entry = entries.get(i);
			if (rejected[i] != null) {
				results.add(new SyncResult<>(entry.item(), entry.index(), Outcome.REJECTED, null, rejected[i]));
			}
			else if (unattributed != null) {
				// an item error without a usable index: which item it was is unknown, so none is reported accepted
				results.add(new SyncResult<>(entry.item(), entry.index(), Outcome.FAILED, receipt.batchId(), unattributed));
			}
			else {
				results.add(new SyncResult<>(entry.item(), entry.index(), Outcome.ACCEPTED, receipt.batchId(), null));
			}
		}
		return results;
	}

	private List<SyncResult<T>> every(Batch<T> batch, Outcome outcome, Throwable error) {
		List<SyncResult<T>> results = new ArrayList<>(batch.entries().size());
		for (Entry<T> entry : batch.entries()) {
			results.add(new SyncResult<>(entry.item(), entry.index(), outcome, null, error));
		}
		return results;
	}

	/** Counts the bytes written, keeping none. */
	private static final class ByteCount extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
		}

	}

}
