package io.github.chameleon4j.error;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.chameleon4j.client.WireMockTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Error bodies that are not the documented envelope: HTML, text, empty, malformed JSON. */
class ErrorBodyTests extends WireMockTestSupport {

	static final String PROXY_PAGE = """
			<html>
			<head><title>503 Service Temporarily Unavailable</title></head>
			<body>
			\t<center><h1>503 Service Temporarily Unavailable</h1></center>
			</body>
			</html>
			""";

	private ChameleonResponseException fail(int status, String contentType, String body) {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType)
			.withBody(body)));
		return catchThrowableOfType(ChameleonResponseException.class,
				() -> this.chameleon.tours().get("t1").block(TIMEOUT));
	}

	@Test
	void a503HtmlPageKeepsAFoldedExcerpt() {
		ChameleonResponseException ex = fail(503, "text/html", PROXY_PAGE);
		assertThat(ex).isExactlyInstanceOf(ChameleonServiceUnavailableException.class);
		assertThat(ex.envelope()).isNull();
		assertThat(ex.messages()).isEmpty();
		assertThat(ex.code()).isEqualTo(503);
		assertThat(ex.bodyExcerpt()).isEqualTo("<html> <head><title>503 Service Temporarily Unavailable</title></head> "
				+ "<body> <center><h1>503 Service Temporarily Unavailable</h1></center> </body> </html>");
		assertThat(ex.getMessage()).startsWith("Chameleon answered 503 to GET /v3/edit/tours/t1: non-envelope body (text/html)")
			.doesNotContain("\n", "\t", "\r");
	}

	@Test
	void aHugeHtmlPageIsCutToABoundedExcerpt() {
		String huge = "<html><body>" + "<p>overloaded</p>\n".repeat(20_000) + "</body></html>";
		ChameleonResponseException ex = fail(503, "text/html; charset=UTF-8", huge);
		assertThat(ex).isExactlyInstanceOf(ChameleonServiceUnavailableException.class);
		assertThat(ex.bodyExcerpt()).startsWith("<html><body><p>overloaded</p> <p>overloaded</p>")
			.endsWith("…")
			.hasSizeLessThanOrEqualTo(BodyExcerpt.MAX_CHARS + 1);
		assertThat(ex.getMessage()).hasSizeLessThan(BodyExcerpt.MAX_CHARS + 200);
	}

	@Test
	void a503PlainTextBodyIsKeptWithControlCharactersRemoved() {
		ChameleonResponseException ex = fail(503, "text/plain", "upstream connect error\u0000\u001b[31m or disconnect\r\n");
		assertThat(ex.bodyExcerpt()).isEqualTo("upstream connect error [31m or disconnect");
		assertThat(ex.getMessage()).contains("(text/plain)").contains("upstream connect error");
	}

	@Test
	void a503WithAnEmptyBodySaysSo() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
		ChameleonResponseException ex = catchThrowableOfType(ChameleonResponseException.class,
				() -> this.chameleon.tours().get("t1").block(TIMEOUT));
		assertThat(ex).isExactlyInstanceOf(ChameleonServiceUnavailableException.class);
		assertThat(ex.bodyExcerpt()).isEmpty();
		assertThat(ex.messages()).isEmpty();
		assertThat(ex.getMessage()).isEqualTo("Chameleon answered 503 to GET /v3/edit/tours/t1 with an empty body");
	}

	@Test
	void a503EnvelopeWithNoMessagesIsNotReportedAsAnEmptyBody() {
		ChameleonResponseException ex = fail(503, "application/json", "{\"code\":503,\"messages\":[]}");
		assertThat(ex).isInstanceOf(ChameleonServiceUnavailableException.class);
		assertThat(ex.getMessage())
			.isEqualTo("Chameleon answered 503 to GET /v3/edit/tours/t1 (error envelope with no messages)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{ \"code\": 422, \"messages\": [", "{ code: 422 }", "[\"Unprocessable\"]", "\"Unprocessable\"",
			"{ \"error\": \"Unprocessable\" }" })
	void aMalformedOrForeignJsonBodyIsKeptAsAnExcerpt(String body) {
		ChameleonResponseException ex = fail(422, "application/json", body);
		assertThat(ex).isExactlyInstanceOf(ChameleonUnprocessableException.class);
		assertThat(ex.envelope()).isNull();
		assertThat(ex.code()).isEqualTo(422);
		assertThat(ex.messages()).isEmpty();
		assertThat(ex.bodyExcerpt()).isNotEmpty();
		assertThat(ex.getMessage()).contains("non-envelope body");
	}

	@Test
	void aLenientEnvelopeAcceptsStringNumbersAndASingleMessage() {
		ChameleonResponseException ex = fail(409, "application/json",
				"{ \"code\": \"409\", \"message\": \"Conflict: Delivery already triggered\" }");
		assertThat(ex).isExactlyInstanceOf(ChameleonConflictException.class);
		assertThat(ex.code()).isEqualTo(409);
		assertThat(ex.messages()).containsExactly("Conflict: Delivery already triggered");
	}

	@Test
	void anEnvelopeWhoseCodeDisagreesWithTheStatusKeepsBoth() {
		ChameleonResponseException ex = fail(500, "application/json", "{ \"code\": 502, \"messages\": [\"x\", \"y\"] }");
		assertThat(ex).isExactlyInstanceOf(ChameleonInternalServerErrorException.class);
		assertThat(ex.status()).isEqualTo(500);
		assertThat(ex.code()).isEqualTo(502);
		assertThat(ex.getMessage()).endsWith(": x; y");
	}

	@Test
	void bodyExcerptFoldsMasksAndBounds() {
		assertThat(BodyExcerpt.of(null, "s")).isEmpty();
		assertThat(BodyExcerpt.of(new byte[0], "s")).isEmpty();
		assertThat(BodyExcerpt.of("  a \n\n b\t".getBytes(), null)).isEqualTo("a b");
		assertThat(BodyExcerpt.of("key=topsecret;".getBytes(), "topsecret")).isEqualTo("key=****;");
		assertThat(BodyExcerpt.of("x".repeat(10_000).getBytes(), null)).hasSize(BodyExcerpt.MAX_CHARS + 1).endsWith("…");
	}

}
