package io.github.chameleon4j.client.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;

/**
 * Cuts measured items into batches by count, by bytes and by linger, with backpressure: items are requested from
 * the source only while downstream wants more batches than are ready, a few at a time, so at most one partial batch
 * (plus one small chunk) is read ahead of what is being sent. A partial batch is sent once the input has been quiet
 * for the linger (no item for that long), or at the latest after the max wait, however steadily items trickle in. Its
 * clocks run only while downstream wants it: a batch that could not leave anyway (every slot busy) keeps filling
 * rather than being cut small, since each batch costs a request of the account's allowance, and a source that is
 * busy but slow (a loaded machine, a database cursor) fills whole batches instead of many small ones. Items the client cannot send become batches of their
 * own (never sent) so that they get their result in turn. When the source fails, what it gave is still batched
 * and delivered before the error.
 * <p>
 * State is guarded by the subscriber's monitor (held only for a few field updates, never while signalling);
 * downstream signals are serialised by the {@code emitting} flag.
 */
final class Batching<T> implements Publisher<Batching.Batch<T>> {

	/** Items requested from the source at a time, at most. */
	static final int CHUNK = 256;

	private final Flux<Entry<T>> source;

	private final int maxItems;

	private final long maxBytes;

	private final int envelopeBytes;

	private final long lingerNanos;

	private final long maxWaitNanos;

	private final Scheduler timer;

	Batching(Flux<Entry<T>> source, SyncOptions options, int envelopeBytes, Scheduler timer) {
		this.source = source;
		this.maxItems = options.maxItems();
		this.maxBytes = options.maxBytes();
		this.envelopeBytes = envelopeBytes;
		this.lingerNanos = options.linger().toNanos();
		this.maxWaitNanos = options.maxWait().toNanos();
		this.timer = timer;
	}

	@Override
	public void subscribe(Subscriber<? super Batch<T>> actual) {
		this.source.subscribe(new BatchingSubscriber<>(Operators.toCoreSubscriber(actual), this));
	}

	/**
	 * One input item, measured.
	 * @param index its position in the input
	 * @param item the caller's item
	 * @param bytes its JSON size
	 * @param invalid why it cannot be sent, or {@code null}
	 */
	record Entry<T>(long index, @Nullable T item, int bytes, @Nullable RuntimeException invalid) {
	}

	/**
	 * A batch: items to send together, or one item that cannot be sent.
	 * @param entries the items, in input order
	 * @param bodyBytes the JSON body size
	 */
	record Batch<T>(List<Entry<T>> entries, long bodyBytes) {

		@Nullable
		RuntimeException invalid() {
			return (this.entries.size() == 1) ? this.entries.get(0).invalid() : null;
		}

		List<T> items() {
			List<T> items = new ArrayList<>(this.entries.size());
			for (Entry<T> entry : this.entries) {
				items.add(entry.item());
			}
			return items;
		}

	}

	private static final class BatchingSubscriber<T> implements CoreSubscriber<Entry<T>>, Subscription {

		private final CoreSubscriber<? super Batch<T>> actual;

		private final Batching<T> config;

		private final ArrayDeque<Batch<T>> ready = new ArrayDeque<>();

		private List<Entry<T>> current = new ArrayList<>();

		private long currentBytes;

		private long generation;

		/** Whether the current batch's clocks run (it is wanted downstream), since when, and its last item's arrival. */
		private boolean wanted;

		private long wantedSince;

		private long lastItemAt;

		@Nullable
		private Disposable linger;

		private long demand;

		private long outstanding;

		private boolean done;

		@Nullable
		private Throwable error;

		private boolean cancelled;

		private boolean emitting;

		@Nullable
		private Subscription upstream;

		BatchingSubscriber(CoreSubscriber<? super Batch<T>> actual, Batching<T> config) {
			this.actual = actual;
			this.config = config;
			this.currentBytes = config.envelopeBytes;
		}

		@Override
		public reactor.util.context.Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void onNext(Entry<T> entry) {
			synchronized (this) {
				if (this.done || this.cancelled) {
					return;
				}
				this.outstanding--;
				if (entry.invalid() != null) {
					this.ready.add(new Batch<>(List.of(entry), 0));
				}
				else {
					add(entry);
				}
			}
			drain();
		}

		/** Adds an item to the current batch, cutting before it when it would not fit. Holds the monitor. */
		private void add(Entry<T> entry) {
			long separator = this.current.isEmpty() ? 0 : 1;
			if (!this.current.isEmpty() && this.currentBytes + separator + entry.bytes() > this.config.maxBytes) {
				cut();
				separator = 0;
			}
			this.current.add(entry);
			this.currentBytes += separator + entry.bytes();
			this.lastItemAt = now();
			if (this.current.size() >= this.config.maxItems) {
				cut();
			}
		}

		/**
		 * Starts the linger clock of a partial batch that is wanted downstream. The clocks run only while the batch
		 * could leave: a batch waiting for a free slot keeps filling instead of being cut small, and its clocks start
		 * again when a slot frees. Holds the monitor.
		 */
		private void armLinger() {
			if (this.linger == null && !this.current.isEmpty() && !this.done && this.demand > this.ready.size()) {
				long now = now();
				if (!this.wanted) {
					this.wanted = true;
					this.wantedSince = now;
				}
				schedule(Math.max(0, lingerDeadline() - now));
			}
		}

		/** When the current batch is sent: once the input was quiet for the linger, at the latest after the max wait. */
		private long lingerDeadline() {
			long quietSince = Math.max(this.lastItemAt, this.wantedSince);
			return Math.min(quietSince + this.config.lingerNanos, this.wantedSince + this.config.maxWaitNanos);
		}

		private void schedule(long delayNanos) {
			long scheduled = this.generation;
			this.linger = this.config.timer.schedule(() -> lingered(scheduled), delayNanos, TimeUnit.NANOSECONDS);
		}

		private long now() {
			return this.config.timer.now(TimeUnit.NANOSECONDS);
		}

		/** Moves the current batch to the ready queue. Holds the monitor. */
		private void cut() {
			if (this.current.isEmpty()) {
				return;
			}
			this.ready.add(new Batch<>(this.current, this.currentBytes));
			this.current = new ArrayList<>();
			this.currentBytes = this.config.envelopeBytes;
			this.generation++;
			this.wanted = false;
			Disposable task = this.linger;
			this.linger = null;
			if (task != null) {
				task.dispose();
			}
		}

		private void lingered(long scheduled) {
			synchronized (this) {
				if (scheduled != this.generation || this.cancelled) {
					return;
				}
				this.linger = null;
				if (this.demand <= this.ready.size()) {
					// no slot is free: the batch goes on filling, and its clocks start again once one is
					this.wanted = false;
				}
				else if (now() >= lingerDeadline()) {
					cut();
				}
				else {
					// items came in meanwhile: the input is not quiet yet
					schedule(lingerDeadline() - now());
				}
			}
			drain();
		}

		@Override
		public void onError(Throwable failure) {
			synchronized (this) {
				if (this.done) {
					Operators.onErrorDropped(failure, currentContext());
					return;
				}
				this.done = true;
				this.error = failure;
				cut();
			}
			drain();
		}

		@Override
		public void onComplete() {
			synchronized (this) {
				if (this.done) {
					return;
				}
				this.done = true;
				cut();
			}
			drain();
		}

		@Override
		public void request(long n) {
			if (Operators.validate(n)) {
				synchronized (this) {
					this.demand = Operators.addCap(this.demand, n);
				}
				drain();
			}
		}

		@Override
		public void cancel() {
			Disposable task;
			synchronized (this) {
				if (this.cancelled) {
					return;
				}
				this.cancelled = true;
				task = this.linger;
				this.linger = null;
				this.ready.clear();
				this.current = new ArrayList<>();
			}
			if (task != null) {
				task.dispose();
			}
			Subscription subscription = this.upstream;
			if (subscription != null) {
				subscription.cancel();
			}
		}

		/** Delivers ready batches as demanded, requests items for the batches still wanted, and terminates. */
		private void drain() {
			synchronized (this) {
				if (this.emitting) {
					return; // the emitting loop re-reads the state after each signal
				}
				this.emitting = true;
			}
			for (;;) {
				Batch<T> next = null;
				boolean terminate = false;
				Throwable failure = null;
				long wanted = 0;
				synchronized (this) {
					if (this.cancelled) {
						return; // emitting stays set: nothing is signalled after a cancel
					}
					armLinger();
					if (this.demand > 0 && !this.ready.isEmpty()) {
						next = this.ready.poll();
						if (this.demand != Long.MAX_VALUE) {
							this.demand--;
						}
					}
					else if (this.done && this.ready.isEmpty()) {
						terminate = true;
						failure = this.error;
						this.cancelled = true;
					}
					else if (!this.done && this.outstanding == 0 && this.demand > this.ready.size()) {
						wanted = Math.max(1, Math.min(CHUNK, this.config.maxItems - this.current.size()));
						this.outstanding = wanted;
					}
					else {
						this.emitting = false;
						return;
					}
				}
				if (next != null) {
					this.actual.onNext(next);
				}
				else if (terminate) {
					if (failure != null) {
						this.actual.onError(failure);
					}
					else {
						this.actual.onComplete();
					}
					return;
				}
				else {
					Subscription subscription = this.upstream;
					if (subscription != null) {
						subscription.request(wanted);
					}
				}
			}
		}

	}

}
