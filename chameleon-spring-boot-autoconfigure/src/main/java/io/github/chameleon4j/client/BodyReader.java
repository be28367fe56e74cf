package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Reads a whole response body and turns it into the call's result, in one operator: it gathers the
 * body's buffers up to the client's size limit, copies them into one array, releases them, and hands
 * the array (empty for no body) to the {@link Decoder}. It replaces what {@code bodyToMono(byte[].class)}
 * followed by a size check, an empty default and a decoding step would assemble: some ten operators a
 * call subscribes and signals through, on the hot path of every call.
 * <p>
 * Over the limit, the body is cancelled (the connection is closed rather than drained), every buffer
 * kept so far is released, and the subscriber gets {@link Failures#tooLarge()}. A decoder that throws
 * gets {@link Failures#undecodable} with the bytes. Cancelling releases whatever was gathered.
 *
 * @param <T> the result type
 */
final class BodyReader<T> extends Mono<T> {

	private final Flux<DataBuffer> body;

	private final int maxBytes;

	private final Decoder<T> decoder;

	private final Failures failures;

	BodyReader(Flux<DataBuffer> body, int maxBytes, Decoder<T> decoder, Failures failures) {
		this.body = body;
		this.maxBytes = maxBytes;
		this.decoder = decoder;
		this.failures = failures;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		this.body.subscribe(new Reader<>(actual, this));
	}

	/** Turns a whole 2xx body into the result ({@code null}: none). */
	@FunctionalInterface
	interface Decoder<T> {

		@Nullable
		T decode(byte[] bytes);

	}

	/** The failures a read ends with. */
	interface Failures {

		/** The body is over the size limit. */
		Throwable tooLarge();

		/** The decoder failed on these bytes. */
		Throwable undecodable(byte[] bytes, RuntimeException failure);

	}

	private static final class Reader<T> implements CoreSubscriber<DataBuffer>, Subscription {

		private static final byte[] NO_BODY = new byte[0];

		private static final int RUNNING = 0;

		private static final int DONE = 1;

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<Reader> STATE = AtomicIntegerFieldUpdater.newUpdater(Reader.class,
				"state");

		private final CoreSubscriber<? super T> actual;

		private final BodyReader<T> reader;

		@Nullable
		private Subscription upstream;

		/** The buffers gathered so far: most bodies arrive in one or two. Guarded by {@code this}. */
		@Nullable
		private DataBuffer first;

		@Nullable
		private List<DataBuffer> more;

		private long size;

		private boolean requested;

		private volatile int state;

		Reader(CoreSubscriber<? super T> actual, BodyReader<T> reader) {
			this.actual = actual;
			this.reader = reader;
		}

		@Override
		public Context currentContext() {
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
		public void onNext(DataBuffer buffer) {
			boolean over;
			synchronized (this) {
				if (this.state != RUNNING) {
					DataBufferUtils.release(buffer);
					return;
				}
				this.size += buffer.readableByteCount();
				over = this.size > this.reader.maxBytes;
				if (!over) {
					if (this.first == null) {
						this.first = buffer;
					}
					else {
						if (this.more == null) {
							this.more = new ArrayList<>(4);
						}
						this.more.add(buffer);
					}
					return;
				}
			}
			DataBufferUtils.release(buffer);
			if (STATE.compareAndSet(this, RUNNING, DONE)) {
				Subscription upstream = this.upstream;
				if (upstream != null) {
					upstream.cancel();
				}
				releaseAll();
				this.actual.onError(this.reader.failures.tooLarge());
			}
		}

		@Override
		public void onError(Throwable failure) {
			if (!STATE.compareAndSet(this, RUNNING, DONE)) {
				Operators.onErrorDropped(failure, this.actual.currentContext());
				return;
			}
			releaseAll();
			this.actual.onError(failure);
		}

		@Override
		public void onComplete() {
			if (!STATE.compareAndSet(this, RUNNING, DONE)) {
				return;
			}
			byte[] bytes = join();
			T result;
			try {
				result = this.reader.decoder.decode(bytes);
			}
			catch (RuntimeException ex) {
				this.actual.onError(this.reader.failures.undecodable(bytes, ex));
				return;
			}
			if (result != null) {
				this.actual.onNext(result);
			}
			this.actual.onComplete();
		}

		@Override
		public void request(long n) {
			Subscription upstream = this.upstream;
			if (upstream == null || n <= 0) {
				return;
			}
			synchronized (this) {
				if (this.requested) {
					return;
				}
				this.requested = true;
			}
			// the whole body is read before anything is emitted
			upstream.request(Long.MAX_VALUE);
		}

		@Override
		public void cancel() {
			Subscription upstream = this.upstream;
			if (STATE.compareAndSet(this, RUNNING, DONE)) {
				if (upstream != null) {
					upstream.cancel();
				}
				releaseAll();
			}
		}

		private byte[] join() {
			DataBuffer first;
			List<DataBuffer> more;
			synchronized (this) {
				first = this.first;
				more = this.more;
				this.first = null;
				this.more = null;
			}
			if (first == null) {
				return NO_BODY;
			}
			byte[] bytes = new byte[(int) this.size];
			int offset = 0;
			try {
				offset = copy(first, bytes, offset);
				if (more != null) {
					for (DataBuffer buffer : more) {
						offset = copy(buffer, bytes, offset);
					}
				}
			}
			finally {
				DataBufferUtils.release(first);
				if (more != null) {
					more.forEach(DataBufferUtils::release);
				}
			}
			return bytes;
		}

		private static int copy(DataBuffer buffer, byte[] into, int offset) {
			int length = buffer.readableByteCount();
			buffer.read(into, offset, length);
			return offset + length;
		}

		private void releaseAll() {
			DataBuffer first;
			List<DataBuffer> more;
			synchronized (this) {
				first = this.first;
				more = this.more;
				this.first = null;
				this.more = null;
			}
			if (first != null) {
				DataBufferUtils.release(first);
			}
			if (more != null) {
				more.forEach(DataBufferUtils::release);
			}
		}

	}

}
