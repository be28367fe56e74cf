package io.github.chameleon4j.client;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpRequestValues;
import org.springframework.web.service.invoker.ReactorHttpExchangeAdapterDecorator;
import org.springframework.web.util.UriBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
import io.github.chameleon4j.error.ChameleonDecodingException;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ChameleonResponseTooLargeException;
import io.github.chameleon4j.error.SecretMask;
import io.github.chameleon4j.error.TransportFailures;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.DeadlineTimer;

/**
 * The one exchange adapter behind every resource proxy. It wraps each call in the {@link CallPolicy}
 * (an attempt is a cold publisher, so the policy retries by resubscribing), bounds each attempt's body
 * by the response timeout (the innermost filter bounds the headers), reads a 2xx body up to the size
 * limit and unwraps it through the {@link Endpoint}, and is the one place where failures without a
 * response become {@code ChameleonTransportException}s. Non-2xx responses never reach it as bodies:
 * the error filter has already turned them into exceptions.
 * <p>
 * Declarations return {@code Mono<T>}, {@code Mono<Void>}, {@code Mono<ResponseEntity<T>>} (for the
 * status), {@code Flux<T>} (a list, read whole) or {@code Flux<DataBuffer>} (a download, streamed).
 */
final class ChameleonExchangeAdapter extends ReactorHttpExchangeAdapterDecorator {

	private static final Log logger = LogFactory.getLog(ChameleonExchangeAdapter.class);

	/** An error after its call was cancelled has no one left to tell: DEBUG, not Reactor's ERROR. */
	private static final String DROPPED_ERROR_HANDLER = "reactor.onErrorDropped.local";

	private static final Consumer<Throwable> DROPPED_ERRORS_AT_DEBUG = (error) -> logger
		.debug("Chameleon call failed after it was cancelled", error);

	private final WebClientAdapter webClient;

	private final UriBuilderFactory uris;

	private final CallPolicy policy;

	private final JsonMapper mapper;

	private final SecretMask mask;

	private final int maxResponseBytes;

	private final Duration responseTimeout;

	ChameleonExchangeAdapter(WebClientAdapter webClient, UriBuilderFactory uris, CallPolicy policy, JsonMapper mapper,
			String secret, int maxResponseBytes, Duration responseTimeout) {
		super(webClient);
		this.webClient = webClient;
		this.uris = uris;
		this.policy = policy;
		this.mapper = mapper;
		this.mask = SecretMask.of(secret);
		this.maxResponseBytes = maxResponseBytes;
		this.responseTimeout = responseTimeout;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> Mono<T> exchangeForBodyMono(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		return call(values,
				(endpoint, status, bytes) -> (T) endpoint.read(bytes, bodyType.getType(), false, this.mapper));
	}

	@Override
	public Mono<Void> exchangeForMono(HttpRequestValues values) {
		return call(values, (endpoint, status, bytes) -> null);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> Mono<ResponseEntity<T>> exchangeForEntityMono(HttpRequestValues values,
			ParameterizedTypeReference<T> bodyType) {
		return call(values, (endpoint, status, bytes) -> ResponseEntity.status(status)
			.body((T) endpoint.read(bytes, bodyType.getType(), false, this.mapper)));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> Flux<T> exchangeForBodyFlux(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		if (bodyType.getType() == DataBuffer.class) {
			return (Flux<T>) download(values, Endpoint.of(values));
		}
		return this.<List<T>>call(values,
				(endpoint, status, bytes) -> (List<T>) endpoint.read(bytes, bodyType.getType(), true, this.mapper))
			.flatMapIterable((items) -> items);
	}

	/** One logical call: the policy around attempts that each send the request and read the whole body. */
	private <T> Mono<T> call(HttpRequestValues values, Decoder<T> decoder) {
		Endpoint endpoint = Endpoint.of(values);
		Mono<T> attempt = new Attempt<>(values, endpoint, decoder);
		return Mono.deferContextual((context) -> this.policy.apply(endpoint.call(context), attempt));
	}

	/**
	 * Reads a 2xx body up to the client's limit and decodes it (one operator, {@link BodyReader}), by the rest of the
	 * attempt's response timeout (the innermost filter bounded the headers by the same deadline).
	 */
	private <T> Mono<T> read(HttpRequestValues values, Endpoint endpoint, ResponseEntity<Flux<DataBuffer>> response,
			Decoder<T> decoder, long deadline) {
		HttpStatusCode statusCode = response.getStatusCode();
		int status = statusCode.value();
		Flux<DataBuffer> buffers = response.getBody();
		BodyReader<T> body = new BodyReader<>((buffers != null) ? buffers : Flux.empty(), this.maxResponseBytes,
				(bytes) -> decoder.decode(endpoint, statusCode, bytes), new BodyReader.Failures() {

					@Override
					public Throwable tooLarge() {
						return new ChameleonResponseTooLargeException(status, endpoint.call.method(), path(values),
								ChameleonExchangeAdapter.this.maxResponseBytes, null);
					}

					@Override
					public Throwable undecodable(byte[] bytes, RuntimeException failure) {
						return (failure instanceof ChameleonException) ? failure : ChameleonDecodingException.of(status,
								endpoint.call.method(), path(values), bytes, failure, ChameleonExchangeAdapter.this.mask);
					}

				});
		return DeadlineTimer.within(body, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())),
				ResponseTimeoutFilter::timedOut);
	}

	/**
	 * A download: the policy wraps acquiring the response (a non-2xx status has already become an
	 * exception, retried like any other); then the body streams unbuffered and is never retried.
	 */
	private Flux<DataBuffer> download(HttpRequestValues values, Endpoint endpoint) {
		Mono<ResponseEntity<Flux<DataBuffer>>> attempt = super.exchangeForEntityFlux(values,
				new ParameterizedTypeReference<DataBuffer>() {
				});
		return Flux.deferContextual((context) -> {
			CallDescriptor call = endpoint.call(context);
			// the body may pause at most one response timeout between chunks ...
			Flux<DataBuffer> body = this.policy.apply(call, attempt.onErrorMap((ex) -> !(ex instanceof ChameleonException),
					(ex) -> failure(values, endpoint, ex)))
				.flatMapMany((entity) -> (entity.getBody() != null)
						? entity.getBody().timeout(this.responseTimeout, DeadlineTimer.shared()) : Flux.empty());
			// ... and the whole download stays within the call's deadline (one timer, shared by every chunk)
			Duration budget = this.policy.deadline(call);
			Mono<Long> expiry = (budget != null) ? Mono.delay(budget, DeadlineTimer.shared()).cache() : null;
			return ((expiry != null) ? body.timeout(expiry, (buffer) -> expiry, Flux.error(() ->
					new ChameleonDeadlineExceededException(call.method(), call.uriTemplate(), budget, null))) : body)
				.onErrorMap((ex) -> !(ex instanceof ChameleonException), (ex) -> failure(values, endpoint, ex));
		}).contextWrite(Context.of(DROPPED_ERROR_HANDLER, DROPPED_ERRORS_AT_DEBUG));
	}

	/**
	 * One attempt, a cold publisher: each subscription sends the request and reads the whole body by one
	 * response timeout from its start; a failure without a response becomes a transport exception. What
	 * {@code Mono.defer(..).onErrorMap(..)} would do, with one pass-through subscriber instead of a resuming one.
	 */
	private final class Attempt<T> extends Mono<T> {

		private final HttpRequestValues values;

		private final Endpoint endpoint;

		private final Decoder<T> decoder;

		Attempt(HttpRequestValues values, Endpoint endpoint, Decoder<T> decoder) {
			this.values = values;
			this.endpoint = endpoint;
			this.decoder = decoder;
		}

		ChameleonExchangeAdapter adapter() {
			return ChameleonExchangeAdapter.this;
		}

		@Override
		public void subscribe(CoreSubscriber<? super T> actual) {
			long deadline = System.nanoTime() + ChameleonExchangeAdapter.this.responseTimeout.toNanos();
			Mono<T> exchange;
			try {
				// retrieve, not exchangeToMono: the body is always read (BodyReader), so the release step that
				// exchangeToMono adds after every value (another subscription chain per call) has nothing to do
				exchange = ChameleonExchangeAdapter.this.webClient.newRequest(this.values)
					.retrieve()
					.toEntityFlux(BodyExtractors.toDataBuffers())
					.flatMap((response) -> read(this.values, this.endpoint, response, this.decoder, deadline));
			}
			catch (RuntimeException ex) {
				Operators.error(actual, failure(this.values, this.endpoint, ex));
				return;
			}
			exchange.subscribe(new FailureMapping<>(actual, this));
		}

	}

	/** Passes an attempt's signals on, turning any failure that is not a Chameleon exception into one. */
	private static final class FailureMapping<T> implements CoreSubscriber<T>, Subscription {

		private final CoreSubscriber<? super T> actual;

		private final Attempt<T> attempt;

		@Nullable
		private Subscription upstream;

		@Nullable
		private Context context;

		FailureMapping(CoreSubscriber<? super T> actual, Attempt<T> attempt) {
			this.actual = actual;
			this.attempt = attempt;
		}

		/** The attempt's context: the caller's, with errors dropped after a cancel logged at DEBUG (computed once). */
		@Override
		public Context currentContext() {
			Context context = this.context;
			if (context == null) {
				context = this.actual.currentContext().put(DROPPED_ERROR_HANDLER, DROPPED_ERRORS_AT_DEBUG);
				this.context = context;
			}
			return context;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			this.upstream = subscription;
			this.actual.onSubscribe(this);
		}

		@Override
		public void onNext(T value) {
			this.actual.onNext(value);
		}

		@Override
		public void onError(Throwable failure) {
			ChameleonExchangeAdapter adapter = this.attempt.adapter();
			this.actual.onError((failure instanceof ChameleonException) ? failure
					: adapter.failure(this.attempt.values, this.attempt.endpoint, failure));
		}

		@Override
		public void onComplete() {
			this.actual.onComplete();
		}

		@Override
		public void request(long n) {
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.request(n);
			}
		}

		@Override
		public void cancel() {
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.cancel();
			}
		}

	}

	private ChameleonException failure(HttpRequestValues values, Endpoint endpoint, Throwable failure) {
		return TransportFailures.toException(endpoint.call.method(), path(values), failure);
	}

	/** The request's path for exceptions, never its query string; expanded only when something failed. */
	private String path(HttpRequestValues values) {
		String path = this.uris.expand(values.getUriTemplate(), values.getUriVariables()).getRawPath();
		return (path == null || path.isEmpty()) ? "/" : path;
	}

	/** Turns a 2xx body into the declared result ({@code null}: none). */
	@FunctionalInterface
	private interface Decoder<T> {

		T decode(Endpoint endpoint, HttpStatusCode status, byte[] bytes);

	}

}
