package io.github.chameleon4j.client;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpRequestValues;
import org.springframework.web.service.invoker.ReactorHttpExchangeAdapterDecorator;
import org.springframework.web.util.UriBuilderFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
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
 * The one exchange adapter behind every resource proxy: it wraps each call of a {@code @HttpExchange}
 * method in the {@link CallPolicy} (an attempt is a cold publisher, so the policy retries by
 * resubscribing), bounds the body of each attempt by the response timeout (the innermost filter bounds
 * the headers: the whole response takes at most that long), reads a 2xx body up to the size limit and unwraps it through the {@link Endpoint}'s envelope, and is the one place
 * where failures without a response become {@code ChameleonTransportException}s. Non-2xx responses
 * never reach it as bodies: the error filter has already turned them into exceptions.
 * <p>
 * Declarations return {@code Mono<T>}, {@code Mono<Void>}, {@code Mono<ResponseEntity<T>>} (when the
 * status matters), {@code Flux<T>} (a list, read whole) or {@code Flux<DataBuffer>} (a download,
 * streamed): the calls this adapter wraps.
 */
final class ChameleonExchangeAdapter extends ReactorHttpExchangeAdapterDecorator {

	private static final byte[] EMPTY = new byte[0];

	private static final ParameterizedTypeReference<DataBuffer> DATA_BUFFERS = new ParameterizedTypeReference<>() {
	};

	private static final Log logger = LogFactory.getLog(ChameleonExchangeAdapter.class);

	/**
	 * An error that arrives after its call was cancelled (a deadline or the caller's own timeout won
	 * the race) has no one left to tell; Reactor would log it at ERROR. Ours go to DEBUG instead.
	 */
	private static final Context DROPPED_ERRORS_AT_DEBUG = Context.of("reactor.onErrorDropped.local",
			(Consumer<Throwable>) (error) -> logger.debug("Chameleon call failed after it was cancelled", error));

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
	public <T> Mono<T> exchangeForBodyMono(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		Endpoint endpoint = Endpoint.of(values);
		return call(values, endpoint, (response, bytes) -> read(endpoint, bytes, bodyType, false));
	}

	@Override
	public Mono<Void> exchangeForMono(HttpRequestValues values) {
		return call(values, Endpoint.of(values), (response, bytes) -> null);
	}

	@Override
	public <T> Mono<ResponseEntity<T>> exchangeForEntityMono(HttpRequestValues values,
			ParameterizedTypeReference<T> bodyType) {
		Endpoint endpoint = Endpoint.of(values);
		return call(values, endpoint, (response, bytes) -> ResponseEntity.status(response.statusCode())
			.body(this.<T>read(endpoint, bytes, bodyType, false)));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> Flux<T> exchangeForBodyFlux(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		Endpoint endpoint = Endpoint.of(values);
		if (bodyType.getType() == DataBuffer.class) {
			return (Flux<T>) download(values, endpoint);
		}
		return call(values, endpoint, (response, bytes) -> (List<T>) read(endpoint, bytes, bodyType, true))
			.flatMapIterable((items) -> items);
	}

	@SuppressWarnings("unchecked")
	@Nullable
	private <T> T read(Endpoint endpoint, byte[] bytes, ParameterizedTypeReference<?> bodyType, boolean many) {
		return (T) endpoint.read(bytes, bodyType.getType(), many, this.mapper);
	}

	/**
	 * One logical call: the policy around attempts that each send the request and read the whole body;
	 * {@code decode} may return {@code null} for no result.
	 */
	private <T> Mono<T> call(HttpRequestValues values, Endpoint endpoint,
			BiFunction<ClientResponse, byte[], T> decode) {
		Mono<T> attempt = Mono.defer(() -> {
			// the response timeout filter bounds the status and headers, the body must have arrived by the same time
			long deadline = System.nanoTime() + this.responseTimeout.toNanos();
			return this.webClient.newRequest(values)
				.exchangeToMono((response) -> read(values, endpoint, response, decode, deadline));
		}).onErrorMap((ex) -> !(ex instanceof ChameleonException), (ex) -> failure(values, endpoint, ex));
		return Mono.deferContextual((context) -> this.policy.apply(endpoint.call(context), attempt))
			.contextWrite(DROPPED_ERRORS_AT_DEBUG);
	}

	/**
	 * Reads a 2xx body up to the client's limit (the codecs were given it) and decodes it; the body must
	 * have arrived by the attempt's deadline (a server trickling it byte by byte is cut off).
	 */
	private <T> Mono<T> read(HttpRequestValues values, Endpoint endpoint, ClientResponse response,
			BiFunction<ClientResponse, byte[], T> decode, long deadline) {
		int status = response.statusCode().value();
		return response.bodyToMono(byte[].class)
			.timeout(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), DeadlineTimer.shared())
			.onErrorMap(DataBufferLimitException.class, (ex) -> new ChameleonResponseTooLargeException(status,
					endpoint.call.method(), path(values), this.maxResponseBytes, null))
			.defaultIfEmpty(EMPTY)
			.handle((bytes, sink) -> {
				try {
					T result = decode.apply(response, bytes);
					if (result != null) {
						sink.next(result);
					}
				}
				catch (RuntimeException ex) {
					sink.error((ex instanceof ChameleonException) ? ex : ChameleonDecodingException.of(status,
							endpoint.call.method(), path(values), bytes, ex, this.mask));
				}
			});
	}

	/**
	 * Downloads a file body as it arrives. The policy wraps acquiring the response (a non-2xx status
	 * has already become an exception in the error filter, so it is retried like any other call);
	 * once the status is known the body streams to the subscriber unbuffered and is never retried.
	 */
	private Flux<DataBuffer> download(HttpRequestValues values, Endpoint endpoint) {
		Mono<ResponseEntity<Flux<DataBuffer>>> attempt = super.exchangeForEntityFlux(values, DATA_BUFFERS);
		return Flux.deferContextual((context) -> {
			CallDescriptor call = endpoint.call(context);
			// the body may pause at most one response timeout between chunks ...
			Flux<DataBuffer> body = this.policy.apply(call, attempt.onErrorMap((ex) -> !(ex instanceof ChameleonException),
					(ex) -> failure(values, endpoint, ex)))
				.flatMapMany((entity) -> (entity.getBody() != null)
						? entity.getBody().timeout(this.responseTimeout, DeadlineTimer.shared()) : Flux.empty());
			// ... and the whole download, body included, stays within the call's deadline (one timer, shared by every chunk)
			Duration budget = this.policy.deadline(call);
			Mono<Long> expiry = (budget != null) ? Mono.delay(budget, DeadlineTimer.shared()).cache() : null;
			return ((expiry != null) ? body.timeout(expiry, (buffer) -> expiry, Flux.error(() ->
					new ChameleonDeadlineExceededException(call.method(), call.uriTemplate(), budget, null))) : body)
				.onErrorMap((ex) -> !(ex instanceof ChameleonException), (ex) -> failure(values, endpoint, ex));
		}).contextWrite(DROPPED_ERRORS_AT_DEBUG);
	}

	private ChameleonException failure(HttpRequestValues values, Endpoint endpoint, Throwable failure) {
		return TransportFailures.toException(endpoint.call.method(), path(values), failure);
	}

	/** The request's path for exceptions, never its query string; expanded only when something failed. */
	private String path(HttpRequestValues values) {
		String path = this.uris.expand(values.getUriTemplate(), values.getUriVariables()).getRawPath();
		return (path == null || path.isEmpty()) ? "/" : path;
	}

}
