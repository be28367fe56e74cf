package io.github.chameleon4j.error;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import io.github.chameleon4j.client.WireMockTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A 2xx whose body cannot be read is a decoding failure, never a success or a transport failure. */
class DecodingFailureTests extends WireMockTestSupport {

	private ChameleonDecodingException fail(int status, String body) {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/html")
			.withBody(body)));
		return catchThrowableOfType(ChameleonDecodingException.class,
				() -> this.chameleon.profiles().get("p1").block(TIMEOUT));
	}

	@Test
	void anHtmlBodyOnA200IsADecodingFailureWithStatusAndExcerpt() {
		ChameleonDecodingException ex = fail(200, "<html>\n<body>Maintenance</body>\n</html>");
		assertThat(ex.status()).isEqualTo(200);
		assertThat(ex.kind()).isEqualTo(ErrorKind.DECODING);
		assertThat(ex.method()).isEqualTo(HttpMethod.GET);
		assertThat(ex.path()).isEqualTo("/v3/analyze/profiles/p1");
		assertThat(ex.bodyExcerpt()).isEqualTo("<html> <body>Maintenance</body> </html>");
		assertThat(ex.getMessage()).startsWith("Could not decode the 200 response to GET /v3/analyze/profiles/p1")
			.doesNotContain("\n");
	}

	@Test
	void aJsonBodyWithoutTheExpectedKeyIsADecodingFailure() {
		ChameleonDecodingException ex = fail(200, "{ \"profiles\": [] }");
		assertThat(ex.getMessage()).contains("profile");
		assertThat(ex.bodyExcerpt()).isEqualTo("{ \"profiles\": [] }");
	}

	@Test
	void aWrongTypeInsideTheRecordIsADecodingFailure() {
		ChameleonDecodingException ex = fail(200, "{ \"profile\": { \"id\": \"p1\", \"last_seen_at\": \"yesterday\" } }");
		assertThat(ex.status()).isEqualTo(200);
		// the parser's own message quotes the value, so the exception keeps the field, never the value
		assertThat(ex.getMessage()).contains("last_seen_at").doesNotContain("yesterday\" at");
		assertThat(ex.getCause()).isNull();
	}

	@Test
	void anEmptyBodyOnA201IsADecodingFailure() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));
		ChameleonDecodingException ex = catchThrowableOfType(ChameleonDecodingException.class,
				() -> this.chameleon.tours().get("t1").block(TIMEOUT));
		assertThat(ex.status()).isEqualTo(201);
		assertThat(ex.bodyExcerpt()).isEmpty();
		assertThat(ex.getMessage()).contains("(empty body)");
	}

	@Test
	void aTruncatedJsonBodyIsADecodingFailure() {
		ChameleonDecodingException ex = fail(200, "{ \"profile\": { \"id\": \"p1\", ");
		assertThat(ex.kind().isServerSide()).isFalse();
		assertThat(ex.bodyExcerpt()).startsWith("{ \"profile\"");
	}

}
