package io.github.chameleon4j.error;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.client.WireMockTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A hostile or broken server that reflects the account secret into a response never gets it into an
 * exception: not its message, {@code toString()}, cause chain, excerpt or kept headers, in any form.
 */
class SecretInResponseTests extends WireMockTestSupport {

	private static final String ESCAPED = "\\u0074\\u0065st\\u002Dsecr\\u0065t";

	private ChameleonException failWith(int status, String body, String... headers) {
		var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
		for (int i = 0; i < headers.length; i += 2) {
			response.withHeader(headers[i], headers[i + 1]);
		}
		server.stubFor(any(anyUrl()).willReturn(response));
		return catchThrowableOfType(ChameleonException.class, () -> this.chameleon.tours().get("t1").block(TIMEOUT));
	}

	private static String everything(Throwable ex) {
		StringWriter out = new StringWriter();
		ex.printStackTrace(new PrintWriter(out));
		StringBuilder all = new StringBuilder(out.toString()).append(ex);
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append(t);
		}
		if (ex instanceof ChameleonDecodingException decoding) {
			all.append(decoding.bodyExcerpt());
		}
		if (ex instanceof ChameleonResponseException response) {
			all.append(response.bodyExcerpt()).append(response.headers()).append(response.messages());
		}
		return all.toString();
	}

	private static void assertNoSecret(Throwable ex) {
		String text = everything(ex);
		assertThat(text).doesNotContain(SECRET).doesNotContain(ESCAPED).doesNotContain("test-secr")
			.doesNotContainIgnoringCase("\\u0074\\u0065st");
	}

	@Test
	void aSecretReflectedIntoATypedFieldIsNotInTheDecodingFailure() {
		ChameleonException ex = failWith(200, "{\"tour\":{\"id\":\"t1\",\"position\":\"" + SECRET + "\"}}");
		assertThat(ex).isInstanceOf(ChameleonDecodingException.class);
		assertThat(ex.getMessage()).contains("position").contains("****");
		assertThat(ex.getCause()).isNull();
		assertNoSecret(ex);
	}

	@Test
	void aBodyThatIsOnlyTheSecretIsNotInTheDecodingFailure() {
		ChameleonException ex = failWith(200, SECRET);
		assertThat(ex).isInstanceOf(ChameleonDecodingException.class);
		assertThat(ex.getMessage()).contains("malformed JSON");
		assertNoSecret(ex);
	}

	@Test
	void aJsonEscapedEchoIsMasked() {
		ChameleonException ex = failWith(200, "{\"tour\":{\"id\":\"t1\",\"position\":\"" + ESCAPED + "\"}}");
		assertThat(ex).isInstanceOf(ChameleonDecodingException.class);
		assertNoSecret(ex);
		ChameleonException error = failWith(500, "<p>" + ESCAPED + "</p>");
		assertNoSecret(error);
	}

	@Test
	void aSecretStraddlingTheExcerptWindowLeavesNoPrefix() {
		for (int shift = 0; shift < SECRET.length(); shift++) {
			String body = "<html>" + " ".repeat(2048 - 6 - shift) + SECRET + "</html>";
			ChameleonException ex = failWith(503, body);
			assertNoSecret(ex);
			ChameleonException decoding = failWith(200, body);
			assertNoSecret(decoding);
		}
	}

	@Test
	void anEchoedHeaderIsMaskedInTheKeptHeaders() {
		ChameleonException ex = failWith(503, "", "X-Request-Id", "req-" + SECRET, "X-Echo", SECRET);
		ChameleonResponseException response = (ChameleonResponseException) ex;
		assertThat(response.headers().getFirst("X-Request-Id")).isEqualTo("req-****");
		assertThat(response.headers().containsHeader("X-Echo")).isFalse();
		assertNoSecret(ex);
	}

	@Test
	void theMaskFindsEveryFormAndLeavesOtherTextAlone() {
		SecretMask mask = SecretMask.of("a/b\"c");
		assertThat(mask.mask("x a/b\"c y a\\/b\\\"c z \\u0061/b\\u0022c")).isEqualTo("x **** y **** z ****");
		assertThat(mask.mask("a/b nothing")).isEqualTo("a/b nothing");
		assertThat(SecretMask.of(null).mask("a/b\"c")).isEqualTo("a/b\"c");
	}

}
