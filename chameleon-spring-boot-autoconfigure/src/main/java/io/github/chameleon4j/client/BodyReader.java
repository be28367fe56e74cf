package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Reads a response and turns its whole body into the call's result, in one operator: when the response
 * arrives it subscribes to the body, gathers its buffers up to the client's size limit, copies them into
 * one array, releases them, and hands the status and the array (empty for no body) to the {@link Reading}.
 * It replaces a {@code flatMap} to {@code bodyToMono(byte[].class)} followed by a size check, an empty
 * default and a decoding step: some ten operators a call subscribes and signals through, on the hot path
 * of every call.
 * <p>
 * Over the limit, the body is cancelled (the connection is closed rather than drained), every buffer
 * kept so far is released, and the subscriber gets {@link Reading#tooLarge}. A decoder that throws
 * gets {@link Reading#undecodable} with the bytes. Cancelling releases whatever was gathered; a response
 * that arrives after a cancel has its body cancelled at once.
 *
 * @param <T> the result type
 */
final class BodyReader<T> extends Mono<T> {

	private final Mono<? extends ResponseEntity<Flux<DataBuffer>>> response;

	private final int maxBytes;

	private final Reading<T> reading;

	BodyReader(Mono<? extends ResponseEntity<Flux<DataBuffer>>> response, int maxBytes, Reading<T> reading) {
		this.response = response;
		this.maxBytes = maxBytes;
		this.reading = reading;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		this.response.subscribe(new Reader<>(actual, this));
	}

	/** What a read makes of a 2xx response: its result, or the failure it ends with. */
	interface Reading<T> {

		/**
		 * Turns a whole 2xx body into the result.
		 * @param status the response status
		 * @param bytes the body, empty for none
		 * @return the result, {@code null} for none
		 */
		@Nullable
		T decode(HttpStatusCode status, byte[] bytes);

		/**
		 * The body is over the size limit.
		 * @param status the response status
		 * @return the failure
		 */
		Throwable tooLarge(HttpStatusCode status);

		/**
		 * The decoder failed on these bytes.
		 * @param status the response status
		 * @param bytes the body
		 * @param failure what the decoder threw
		 * @return the failure
		 */
		Throwable undecodable(HttpStatusCode status, byte[] bytes, RuntimeException failure);

	}

	/** The body's signals, handed to the reader. */
	private static final class Body implements CoreSubscriber<DataBuffer> {

		private final Reader<?> reader;

		Body(Reader<?> reader) {
			this.reader = reader;
		}

		@Override
		public Context currentContext() {
			return this.reader.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			this.reader.bodySubscribed(subscription);
		}

		@Override
		public void onNext(DataBuffer buffer) {
			this.reader.bodyNext(buffer);
		}

		@Override
		public void onError(Throwable failure) {
			this.reader.bodyError(failure);
		}

		@Override
		public void onComplete() {
			this.reader.bodyComplete();
		}

	}

	private static final class Reader<T> implements CoreSubscriber<ResponseEntity<Flux<DataBuffer>>>, Subscription {

		private static final byte[] NO_BODY = new byte[0];

		private static final int RUNNING = 0;

		private static final int DONE = 1;

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<Reader> STATE = AtomicIntegerFieldUpdater.newUpdater(Reader.class,
				"state");

		private final CoreSubscriber<? super T> actual;

		private final BodyReader<T> reader;

		/** The response's subscription, then the body's. */
		@Nullable
		private volatile Subscription upstream;

		@Nullable
		private HttpStatusCode status;

		/** The buffers gathered so far: most bodies arrive in one or two. Guarded by {@code this}. */
		@Nullable
		private DataBuffer first;

		@Nullable
		private List<DataBuffer> more;

		private long size;

		private volatile boolean requested;

		private volatile int state;

		Reader(CoreSubscriber<? super T> actual, BodyReader<T> reader) {
			this.actual = actual;
			this.reader = reader;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		// the response's signals

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void onNext(ResponseEntity<Flux<DataBuffer>> response) {
			this.status = response.getStatusCode();
			Flux<DataBuffer> body = response.getBody();
			(body != null ? body : Flux.<DataBuffer>empty()).subscribe(new Body(this));
		}

		@Override
		public void onError(Throwable failure) {
			bodyError(failure);
		}

		@Override
		public void onComplete() {
			// after the response, the body ends the read; without one (never from WebClient) there is nothing
			if (this.status == null && STATE.compareAndSet(this, RUNNING, DONE)) {
				this.actual.onComplete();
			}
		}

		// the body's signals

		void bodySubscribed(Subscription subscription) {
			this.upstream = subscription;
			if (this.state != RUNNING) {
				subscription.cancel();
				return;
			}
			// the whole body is read before anything is emitted
			subscription.request(Long.MAX_VALUE);
		}

		void bodyNext(DataBuffer buffer) {
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
				this.actual.onError(this.reader.reading.tooLarge(status()));
			}
		}

		void bodyError(Throwable failure) {
			if (!STATE.compareAndSet(this, RUNNING, DONE)) {
				Operators.onErrorDropped(failure, this.actual.currentContext());
				return;
			}
			releaseAll();
			this.actual.onError(failure);
		}

		void bodyComplete() {
			if (!STATE.compareAndSet(this, RUNNING, DONE)) {
				return;
			}
			byte[] bytes = join();
			HttpStatusCode status = status();
			T result;
			try {
				result = this.reader.reading.decode(status, bytes);
			}
			catch (RuntimeException ex) {
				this.actual.onError(this.reader.reading.undecodable(status, bytes, ex));
				return;
			}
			if (result != null) {
				this.actual.onNext(result);
			}
			this.actual.onComplete();
		}

		private HttpStatusCode status() {
			HttpStatusCode status = this.status;
			return (status != null) ? status : HttpStatusCode.valueOf(200);
		}

		// the downstream's

		@Override
		public void request(long n) {
			if (n <= 0 || this.requested) {
				return;
			}
			this.requested = true;
			Subscription upstream = this.upstream;
			if (upstream != null) {
				// the response (a Mono); the body is requested whole once it is subscribed
				upstream.request(Long.MAX_VALUE);
			}
		}

		@Override
		public void cancel() {
			if (STATE.compareAndSet(this, RUNNING, DONE)) {
				Subscription upstream = this.upstream;
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
