package io.github.chameleon4j.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
import io.github.chameleon4j.error.ChameleonDecodingException;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ChameleonResponseTooLargeException;
import io.github.chameleon4j.error.SecretMask;
import io.github.chameleon4j.error.ChameleonErrorFilter;
import io.github.chameleon4j.error.TransportFailures;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.DeadlineTimer;

/**
 * Sends {@link ApiRequest}s: builds the URI (template and query strictly percent-encoded),
 * serialises the JSON body with the client's own mapper, wraps each attempt in the
 * {@link CallPolicy}, and decodes 2xx bodies. Non-2xx responses never reach the decoding step:
 * the error filter has already turned them into exceptions.
 */
final class ChameleonTransport {

	/** The request attribute Spring's observations read the URI template from. */
	static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private static final byte[] EMPTY = new byte[0];

	private static final Log logger = LogFactory.getLog(ChameleonTransport.class);

	/**
	 * An error that arrives after its call was cancelled (a deadline or the caller's own timeout won
	 * the race) has no one left to tell; Reactor would log it at ERROR. Ours go to DEBUG instead.
	 */
	private static final Context DROPPED_ERRORS_AT_DEBUG = Context.of("reactor.onErrorDropped.local",
			(Consumer<Throwable>) (error) -> logger.debug("Chameleon call failed after it was cancelled", error));

	private final WebClient webClient;

	private final String baseUrl;

	private final JsonMapper mapper;

	private final CallPolicy policy;

	@Nullable
	private final Duration deadline;

	private final String secret;

	private final SecretMask mask;

	private final int maxResponseBytes;

	private final Duration responseTimeout;

	ChameleonTransport(WebClient webClient, String baseUrl, JsonMapper mapper, CallPolicy policy,
			@Nullable Duration deadline, String secret, int maxResponseBytes, Duration responseTimeout) {
		this.webClient = webClient;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.mapper = mapper;
		this.policy = policy;
		this.deadline = deadline;
		this.secret = secret;
		this.mask = SecretMask.of(secret);
		this.maxResponseBytes = maxResponseBytes;
		this.responseTimeout = responseTimeout;
	}

	ChameleonTransport withDeadline(Duration deadline) {
		return new ChameleonTransport(this.webClient, this.baseUrl, this.mapper, this.policy, deadline, this.secret,
				this.maxResponseBytes, this.responseTimeout);
	}

	JsonMapper mapper() {
		return this.mapper;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	<T> Mono<T> exchange(ApiRequest request, ResponseReader<T> reader) {
		CallDescriptor call = new CallDescriptor(request.method, request.uriTemplate, request.idempotent,
				request.lane, this.deadline);
		Mono<T> attempt = Mono.defer(() -> send(request, reader));
		return this.policy.apply(call, attempt).contextWrite(DROPPED_ERRORS_AT_DEBUG);
	}

	private <T> Mono<T> send(ApiRequest request, ResponseReader<T> reader) {
		URI uri = uri(request);
		String path = ChameleonErrorFilter.pathOf(uri);
		WebClient.RequestBodySpec spec = this.webClient.method(request.method)
			.uri(uri)
			.attribute(URI_TEMPLATE_ATTRIBUTE, this.baseUrl + request.uriTemplate)
			.accept(MediaType.APPLICATION_JSON);
		if (request.body != null) {
			spec.contentType(MediaType.APPLICATION_JSON).bodyValue((request.body instanceof byte[] bytes) ? bytes : this.mapper.writeValueAsBytes(request.body));
		}
		long deadline = System.nanoTime() + this.responseTimeout.toNanos();
		spec.attribute(ResponseTimeoutFilter.DEADLINE_ATTRIBUTE, deadline);
		return spec.exchangeToMono((response) -> read(request.method, path, response, reader, deadline))
			.onErrorMap((ex) -> !(ex instanceof ChameleonException),
					(ex) -> TransportFailures.toException(request.method, path, ex));
	}

	/**
	 * Reads a 2xx body up to the client's limit (the codecs were given it) and decodes it; the body
	 * must have arrived by the attempt's deadline (a server trickling it byte by byte is cut off).
	 */
	private <T> Mono<T> read(HttpMethod method, String path, ClientResponse response, ResponseReader<T> reader,
			long deadline) {
		int status = response.statusCode().value();
		return response.bodyToMono(byte[].class)
			.timeout(ResponseTimeoutFilter.remaining(deadline), DeadlineTimer.shared())
			.onErrorMap(DataBufferLimitException.class,
					(ex) -> new ChameleonResponseTooLargeException(status, method, path, this.maxResponseBytes, null))
			.defaultIfEmpty(EMPTY)
			.map((bytes) -> decode(method, path, status, bytes, reader));
	}

	/**
	 * Sends a {@code multipart/form-data} request whose parts stream from their sources (a
	 * {@code Resource} is read chunk by chunk, a {@code Publisher} part is forwarded as it emits),
	 * so no file is held in memory. Each attempt is wrapped in the same {@link CallPolicy}.
	 */
	<T> Mono<T> exchangeMultipart(ApiRequest request, MultiValueMap<String, HttpEntity<?>> parts,
			ResponseReader<T> reader) {
		CallDescriptor call = new CallDescriptor(request.method, request.uriTemplate, request.idempotent,
				request.lane, this.deadline);
		Mono<T> attempt = Mono.defer(() -> sendMultipart(request, parts, reader));
		return this.policy.apply(call, attempt).contextWrite(DROPPED_ERRORS_AT_DEBUG);
	}

	/**
	 * Downloads a file body as it arrives. The policy wraps acquiring the response (a non-2xx status
	 * has already become an exception in the error filter, so it is retried like any other call);
	 * once the status is known the body streams to the subscriber unbuffered and is never retried.
	 * The caller must consume or cancel the returned {@code Flux} to release the connection.
	 */
	Flux<DataBuffer> download(ApiRequest request, MediaType... accept) {
		CallDescriptor call = new CallDescriptor(request.method, request.uriTemplate, request.idempotent,
				request.lane, this.deadline);
		Mono<ResponseEntity<Flux<DataBuffer>>> attempt = Mono.defer(() -> {
			URI uri = uri(request);
			String path = ChameleonErrorFilter.pathOf(uri);
			WebClient.RequestBodySpec spec = this.webClient.method(request.method)
				.uri(uri)
				.attribute(URI_TEMPLATE_ATTRIBUTE, this.baseUrl + request.uriTemplate)
				.accept((accept.length > 0) ? accept : new MediaType[] { MediaType.ALL });
			if (request.body != null) {
				spec.contentType(MediaType.APPLICATION_JSON).bodyValue(this.mapper.writeValueAsBytes(request.body));
			}
			return spec.attribute(ResponseTimeoutFilter.DEADLINE_ATTRIBUTE, System.nanoTime() + this.responseTimeout.toNanos())
				.retrieve()
				.toEntityFlux(DataBuffer.class)
				.onErrorMap((ex) -> !(ex instanceof ChameleonException),
						(ex) -> TransportFailures.toException(request.method, path, ex));
		});
		String path = request.uriTemplate;
		Duration budget = this.policy.deadline(call);
		// the body may pause at most one response timeout between chunks ...
		Flux<DataBuffer> body = this.policy.apply(call, attempt).flatMapMany((entity) -> (entity.getBody() != null)
				? entity.getBody().timeout(this.responseTimeout, DeadlineTimer.shared()) : Flux.<DataBuffer>empty());
		// ... and the whole download, body included, stays within the call's deadline
		Flux<DataBuffer> bounded = (budget == null) ? body : Flux.defer(() -> {
			long deadlineAt = System.nanoTime() + budget.toNanos();
			return body.timeout(Mono.delay(budget, DeadlineTimer.shared()),
					(buffer) -> Mono.delay(Duration.ofNanos(Math.max(0, deadlineAt - System.nanoTime())),
							DeadlineTimer.shared()),
					Flux.error(() -> new ChameleonDeadlineExceededException(request.method, path, budget, null)));
		});
		return bounded.contextWrite(DROPPED_ERRORS_AT_DEBUG).onErrorMap((ex) -> !(ex instanceof ChameleonException),
					(ex) -> TransportFailures.toException(request.method, path, ex));
	}

	private <T> Mono<T> sendMultipart(ApiRequest request, MultiValueMap<String, HttpEntity<?>> parts,
			ResponseReader<T> reader) {
		URI uri = uri(request);
		String path = ChameleonErrorFilter.pathOf(uri);
		long deadline = System.nanoTime() + this.responseTimeout.toNanos();
		return this.webClient.method(request.method)
			.uri(uri)
			.attribute(URI_TEMPLATE_ATTRIBUTE, this.baseUrl + request.uriTemplate)
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts))
			.attribute(ResponseTimeoutFilter.DEADLINE_ATTRIBUTE, deadline)
			.exchangeToMono((response) -> read(request.method, path, response, reader, deadline))
			.onErrorMap((ex) -> !(ex instanceof ChameleonException),
					(ex) -> TransportFailures.toException(request.method, path, ex));
	}

	private <T> T decode(HttpMethod method, String path, int status, byte[] bytes, ResponseReader<T> reader) {
		try {
			T result = reader.read(status, bytes, this.mapper);
			if (result == null) {
				throw new IllegalStateException("no result");
			}
			return result;
		}
		catch (RuntimeException ex) {
			if (ex instanceof ChameleonException) {
				throw ex;
			}
			throw ChameleonDecodingException.of(status, method, path, bytes, ex, this.mask);
		}
	}

	/** Builds the full URI, percent-encoding every path variable and query component strictly. */
	URI uri(ApiRequest request) {
		StringBuilder url = new StringBuilder(this.baseUrl);
		String template = request.uriTemplate;
		int variable = 0;
		for (int i = 0; i < template.length(); i++) {
			char c = template.charAt(i);
			if (c == '{') {
				int end = template.indexOf('}', i);
				url.append(UriUtils.encode(String.valueOf(request.uriVariables[variable++]), StandardCharsets.UTF_8));
				i = end;
			}
			else {
				url.append(c);
			}
		}
		char separator = '?';
		for (Map.Entry<String, String> parameter : request.query) {
			url.append(separator)
				.append(UriUtils.encode(parameter.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(UriUtils.encode(parameter.getValue(), StandardCharsets.UTF_8));
			separator = '&';
		}
		return URI.create(url.toString());
	}

}
