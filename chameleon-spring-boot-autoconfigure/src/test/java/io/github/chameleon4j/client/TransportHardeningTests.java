package io.github.chameleon4j.client;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ChameleonTransportException;
import io.github.chameleon4j.resilience.CallPolicy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The transport under hostile settings and servers: the secret stays put, and every response is bounded. */
@ExtendWith(OutputCaptureExtension.class)
class TransportHardeningTests extends WireMockTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "abc\r\nX-Injected: 1", "abc\n", "\tabc", "ab\u0000c", "abc\u007f" })
	void aSecretWithAControlCharacterFailsAtBuildNamingTheSettingNotTheValue(String secret) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonOperations.builder().baseUrl(server.baseUrl()).accountSecret(secret).build())
			.withMessageContaining("accountSecret")
			.withMessageNotContaining("abc");
		verifyNoRequest();
	}

	@Test
	void plainHttpToAnotherHostFailsAtBuildUnlessAllowed() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonOperations.builder().accountSecret(SECRET).baseUrl("http://api.chameleon.io").build())
			.withMessageContaining("baseUrl")
			.withMessageContaining("chameleon.allow-insecure-http");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonOperations.builder().accountSecret(SECRET).baseUrl("http://10.0.0.7:8080").build())
			.withMessageContaining("baseUrl");
		for (String url : new String[] { "http://localhost:9", "http://127.0.0.1:9", "http://[::1]:9", "https://api.chameleon.io" }) {
			ChameleonOperations.builder().accountSecret(SECRET).baseUrl(url).build().close();
		}
		ChameleonOperations.builder().accountSecret(SECRET).baseUrl("http://chameleon-mock:8080").allowInsecureHttp(true)
			.build().close();
	}

	@Test
	void requestDetailsAreNeverLoggedEvenWhenTheApplicationEnablesThem(CapturedOutput output) {
		Logger logger = (Logger) LoggerFactory.getLogger("org.springframework.web.reactive.function.client");
		Level before = logger.getLevel();
		logger.setLevel(Level.TRACE);
		try {
			respond("{\"tour\":{\"id\":\"t1\"}}");
			// what spring.http.codecs.log-request-details=true does to Boot's WebClient.Builder
			WebClient.Builder app = WebClient.builder()
				.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true));
			try (ChameleonOperations client = clientBuilder().webClientBuilder(app).build()) {
				assertThat(await(client.tours().get("t1")).id()).isEqualTo("t1");
			}
		}
		finally {
			logger.setLevel(before);
		}
		assertThat(output.getAll()).contains("/v3/edit/tours/t1").doesNotContain(SECRET);
	}

	@Test
	void aTrickledBodyIsBoundedByTheResponseTimeout() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
			.withBody("{\"tour\":{\"id\":\"t1\",\"name\":\"" + "x".repeat(400) + "\"}}")
			.withChunkedDribbleDelay(40, 8_000)));
		try (ChameleonOperations client = clientBuilder().responseTimeout(Duration.ofMillis(600)).build()) {
			ChameleonTransportException ex = catchThrowableOfType(ChameleonTransportException.class,
					() -> await(client.tours().get("t1")));
			assertThat(ex.getMessage()).contains("response timed out");
			assertThat(ex.requestMayHaveReachedServer()).isTrue();
		}
	}

	@Test
	void aTrickledDownloadIsBoundedByTheCallsDeadline() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv")
			.withBody("uid,plan\n" + "u,pro\n".repeat(200)).withChunkedDribbleDelay(40, 8_000)));
		try (ChameleonOperations client = clientBuilder().build()) {
			ChameleonException ex = catchThrowableOfType(ChameleonException.class,
					() -> DataBufferUtils.join(client.withDeadline(Duration.ofMillis(700)).imports().download("i1"))
						.map((buffer) -> {
							DataBufferUtils.release(buffer);
							return true;
						})
						.block(TIMEOUT));
			assertThat(ex).isInstanceOf(ChameleonDeadlineExceededException.class);
		}
	}

	@Test
	void errorsDroppedAfterACallIsCancelledAreLoggedAtDebugNotError() {
		// what Reactor reads when an operator of the attempt drops an error after a cancel (a deadline or the
		// caller): the attempt's context carries a handler that logs at DEBUG instead of Reactor's ERROR
		respond("{\"tour\":{\"id\":\"t1\"}}");
		java.util.concurrent.atomic.AtomicReference<Object> handler = new java.util.concurrent.atomic.AtomicReference<>();
		try (ChameleonOperations client = clientBuilder().filter((request, next) -> reactor.core.publisher.Mono
			.deferContextual((context) -> {
				handler.set(context.getOrDefault("reactor.onErrorDropped.local", null));
				return next.exchange(request);
			}))
			.build()) {
			assertThat(await(client.tours().get("t1")).id()).isEqualTo("t1");
		}
		assertThat(handler.get()).isInstanceOf(java.util.function.Consumer.class);
		Logger logger = (Logger) LoggerFactory.getLogger(ChameleonExchangeAdapter.class);
		Level before = logger.getLevel();
		ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events = new ch.qos.logback.core.read.ListAppender<>();
		events.start();
		logger.addAppender(events);
		logger.setLevel(Level.DEBUG);
		try {
			@SuppressWarnings("unchecked")
			java.util.function.Consumer<Throwable> dropped = (java.util.function.Consumer<Throwable>) handler.get();
			dropped.accept(new java.io.IOException("connection reset"));
		}
		finally {
			logger.detachAppender(events);
			logger.setLevel(before);
		}
		assertThat(events.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
			assertThat(event.getThrowableProxy().getMessage()).isEqualTo("connection reset");
		});
	}

	@Test
	void theDirectPolicyHasNoDeadlineOfItsOwn() {
		assertThat(CallPolicy.direct().deadline(new io.github.chameleon4j.resilience.CallDescriptor(
				org.springframework.http.HttpMethod.GET, "/", true, null, null))).isNull();
	}

}
