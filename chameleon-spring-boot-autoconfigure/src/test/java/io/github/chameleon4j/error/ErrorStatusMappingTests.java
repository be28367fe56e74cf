package io.github.chameleon4j.error;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;

import io.github.chameleon4j.client.WireMockTestSupport;
import io.github.chameleon4j.model.ExperienceUpdate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every documented error status, with its documented envelope, becomes the matching exception. */
class ErrorStatusMappingTests extends WireMockTestSupport {

	static Stream<Arguments> documentedStatuses() {
		return Stream.of(
				Arguments.of(403, "Unauthorized: Please check your Chameleon Account Secret",
						ChameleonAuthenticationException.class, ErrorKind.AUTHENTICATION),
				Arguments.of(404, "Endpoint not found: Please recheck with the API docs https://developers.chameleon.io",
						ChameleonNotFoundException.class, ErrorKind.NOT_FOUND),
				Arguments.of(409, "Conflict: Please check the preconditions in the API docs https://developers.chameleon.io",
						ChameleonConflictException.class, ErrorKind.CONFLICT),
				Arguments.of(422, "Unprocessable: Please check the request parameters with the API docs https://developers.chameleon.io",
						ChameleonUnprocessableException.class, ErrorKind.UNPROCESSABLE),
				Arguments.of(429, "Rate Limited: Please refer to the API docs https://developers.chameleon.io/concepts/rate-limiting for more information",
						ChameleonRateLimitException.class, ErrorKind.RATE_LIMITED),
				Arguments.of(500, "Internal server error: Please retry later",
						ChameleonInternalServerErrorException.class, ErrorKind.SERVER_ERROR),
				Arguments.of(504, "Internal timeout: An internal operation took too long.",
						ChameleonGatewayTimeoutException.class, ErrorKind.SERVER_ERROR));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documentedStatuses")
	void aDocumentedStatusBecomesItsExceptionWithTheRequestContext(int status, String text,
			Class<? extends ChameleonResponseException> type, ErrorKind kind) {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-Id", "req-1")
			.withHeader("Set-Cookie", "session=abc")
			.withBody("{ \"code\": " + status + ", \"messages\": [\"" + text + "\"] }")));
		ChameleonResponseException ex = catchThrowableOfType(ChameleonResponseException.class,
				() -> this.chameleon.profiles().getByUid("u-4410").block(TIMEOUT));
		assertThat(ex).isExactlyInstanceOf(type);
		assertThat(ex.status()).isEqualTo(status);
		assertThat(ex.code()).isEqualTo(status);
		assertThat(ex.messages()).containsExactly(text);
		assertThat(ex.kind()).isEqualTo(kind);
		assertThat(ex.kind().isServerSide()).isEqualTo(status >= 500);
		assertThat(ex.method()).isEqualTo(HttpMethod.GET);
		assertThat(ex.path()).isEqualTo("/v3/analyze/profile");
		assertThat(ex.bodyExcerpt()).isEmpty();
		assertThat(ex.headers().getFirst("X-Request-Id")).isEqualTo("req-1");
		assertThat(ex.headers().getFirst("Content-Type")).isEqualTo("application/json");
		assertThat(ex.headers().containsHeader("Set-Cookie")).isFalse();
		// 429 appends its wait hint, e.g. " [strategy=UNKNOWN, wait=PT1S]"
		assertThat(ex.getMessage()).startsWith("Chameleon answered " + status + " to GET /v3/analyze/profile: " + text)
			.doesNotContain("u-4410")
			.doesNotContain("\n");
	}

	@Test
	void a503WithTheDocumentedEmptyEnvelopeHasNoMessages() {
		respond(503, "{ \"code\": 503, \"messages\": [] }");
		ChameleonServiceUnavailableException ex = catchThrowableOfType(ChameleonServiceUnavailableException.class,
				() -> this.chameleon.tours().update("t1", ExperienceUpdate.publish()).block(TIMEOUT));
		assertThat(ex.status()).isEqualTo(503);
		assertThat(ex.code()).isEqualTo(503);
		assertThat(ex.messages()).isEmpty();
		assertThat(ex.kind()).isEqualTo(ErrorKind.SERVER_ERROR);
		assertThat(ex.method()).isEqualTo(HttpMethod.PATCH);
		assertThat(ex.path()).isEqualTo("/v3/edit/tours/t1");
		assertThat(ex).isInstanceOf(ChameleonServerException.class);
		assertThat(ex.getMessage()).startsWith("Chameleon answered 503 to PATCH /v3/edit/tours/t1");
	}

	@Test
	void the413BatchEnvelopeIsAClientError() {
		respond(413, "{ \"code\": 413, \"messages\": [\"Each batch must be less than 16mb, try splitting the batch in half\"] }");
		ChameleonClientErrorException ex = catchThrowableOfType(ChameleonClientErrorException.class,
				() -> this.chameleon.hooks()
					.identifyAll(List.of(io.github.chameleon4j.model.ProfileTraits.forUid("u-1")), true)
					.block(TIMEOUT));
		assertThat(ex.status()).isEqualTo(413);
		assertThat(ex.kind()).isEqualTo(ErrorKind.CLIENT_ERROR);
		assertThat(ex.messages()).containsExactly("Each batch must be less than 16mb, try splitting the batch in half");
		assertThat(ex.path()).isEqualTo("/v3/observe/hooks/profiles/batch");
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 405, 418 })
	void anUndocumentedClientStatusIsAClientError(int status) {
		respond(status, "{ \"code\": " + status + ", \"messages\": [\"nope\"] }");
		ChameleonResponseException ex = catchThrowableOfType(ChameleonResponseException.class,
				() -> this.chameleon.segments().get("s1").block(TIMEOUT));
		assertThat(ex).isExactlyInstanceOf(ChameleonClientErrorException.class);
		assertThat(ex.status()).isEqualTo(status);
		assertThat(ex.kind()).isEqualTo(ErrorKind.CLIENT_ERROR);
		assertThat(ex.kind().isServerSide()).isFalse();
		assertThat(ex.messages()).containsExactly("nope");
	}

	@ParameterizedTest
	@ValueSource(ints = { 501, 502, 599 })
	void anUndocumentedServerStatusIsAServerError(int status) {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/html")
			.withBody("<html><body><h1>" + status + " Bad Gateway</h1></body></html>")));
		ChameleonResponseException ex = catchThrowableOfType(ChameleonResponseException.class,
				() -> this.chameleon.segments().get("s1").block(TIMEOUT));
		assertThat(ex).isExactlyInstanceOf(ChameleonServerException.class);
		assertThat(ex.status()).isEqualTo(status);
		assertThat(ex.code()).isEqualTo(status);
		assertThat(ex.kind()).isEqualTo(ErrorKind.SERVER_ERROR);
		assertThat(ex.bodyExcerpt()).contains(status + " Bad Gateway");
	}

	@Test
	void theStatusMappingAgreesWithErrorKindForStatus() {
		for (int status : new int[] { 400, 401, 403, 404, 409, 413, 418, 422, 429, 500, 502, 503, 504 }) {
			ResponseDetails details = new ResponseDetails(status, HttpMethod.GET, "/x", null,
					new org.springframework.http.HttpHeaders(), "");
			assertThat(ChameleonResponseException.create(details).kind()).as("status %d", status)
				.isEqualTo(ErrorKind.forStatus(status));
		}
	}

}
