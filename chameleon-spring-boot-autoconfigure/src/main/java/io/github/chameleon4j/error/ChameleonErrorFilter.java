package io.github.chameleon4j.error;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outermost filter of the Chameleon client's {@code WebClient}: passes 2xx responses through
 * untouched and turns everything else into a typed {@link ChameleonException}.
 * <p>
 * The body of a non-2xx response is always read (up to {@link #MAX_ERROR_BODY_BYTES}; the rest of
 * a larger body is cancelled, which closes the connection instead of returning it to the pool) so that pooled connections are never leaked.
 * Failures without a response pass through; the client's exchange adapter maps them (see {@link TransportFailures}).
 */
public final class ChameleonErrorFilter implements ExchangeFilterFunction {

	/** The largest error body read into memory. */
	public static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

	private final JsonMapper jsonMapper;

	private final SecretMask mask;

	/**
	 * Creates the filter.
	 * @param jsonMapper the mapper used to read error envelopes
	 * @param secret the account secret, masked wherever it could appear in an excerpt
	 */
	public ChameleonErrorFilter(JsonMapper jsonMapper, @Nullable String secret) {
		this.jsonMapper = jsonMapper;
		this.mask = SecretMask.of(secret);
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		HttpMethod method = request.method();
		String path = pathOf(request.url());
		return next.exchange(request)
			.flatMap((response) -> response.statusCode().is2xxSuccessful() ? Mono.just(response)
					: readBody(response).flatMap((body) -> Mono.error(toException(method, path, response, body))));
	}

	private Mono<byte[]> readBody(ClientResponse response) {
		// Keep the start of an oversized body (joining with a limit would fail and lose all of it);
		// taking only the first bytes cancels the rest, which closes rather than leaks the connection.
		return DataBufferUtils
			.join(DataBufferUtils.takeUntilByteCount(response.body(BodyExtractors.toDataBuffers()), MAX_ERROR_BODY_BYTES))
			.map(ChameleonErrorFilter::toBytes)
			.defaultIfEmpty(new byte[0])
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(new byte[0]))
			.onErrorResume((ex) -> ex instanceof IOException || isNettyFailure(ex), (ex) -> Mono.just(new byte[0]));
	}

	private ChameleonResponseException toException(@Nullable HttpMethod method, String path, ClientResponse response,
			byte[] body) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		ErrorEnvelope envelope = parseEnvelope(body);
		String excerpt = (envelope != null) ? "" : BodyExcerpt.masked(body, this.mask);
		ResponseDetails details = new ResponseDetails(response.statusCode().value(), method, path, envelope,
				ResponseDetails.keptHeaders(headers, this.mask), excerpt);
		return ChameleonResponseException.create(details);
	}

	@Nullable
	private ErrorEnvelope parseEnvelope(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode tree = this.jsonMapper.readTree(body);
			return masked(ErrorEnvelope.from(tree));
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** The server's messages become part of getMessage(), so an echoed secret is masked there too. */
	@Nullable
	private ErrorEnvelope masked(@Nullable ErrorEnvelope envelope) {
		if (envelope == null) {
			return null;
		}
		List<String> messages = envelope.messages().stream().map(this.mask::mask).toList();
		return messages.equals(envelope.messages()) ? envelope
				: new ErrorEnvelope(envelope.code(), messages, envelope.waitSeconds(), envelope.limit());
	}

	/**
	 * The path of a request URI, never its query string (which could carry a secret).
	 * @param uri the request URI
	 * @return the raw path, or {@code "/"}
	 */
	public static String pathOf(URI uri) {
		String path = uri.getRawPath();
		return (path == null || path.isEmpty()) ? "/" : path;
	}

	private static boolean isNettyFailure(Throwable ex) {
		return ex.getClass().getName().startsWith("io.netty") || ex.getClass().getName().startsWith("reactor.netty");
	}

	private static byte[] toBytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

}
