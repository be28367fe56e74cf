package io.github.chameleon4j.error;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.WireMockTestSupport;
import io.github.chameleon4j.model.TrackedEvent;
import io.github.chameleon4j.resilience.CallPolicy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Failures without a response, and whether the request may have reached the server. */
class TransportFailureTests extends WireMockTestSupport {

	@Test
	void aRefusedConnectionWasNeverSent() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			closedPort = socket.getLocalPort();
		}
		try (ChameleonOperations client = ChameleonOperations.builder().callPolicy(CallPolicy.direct())
			.baseUrl("http://127.0.0.1:" + closedPort)
			.accountSecret(SECRET)
			.build()) {
			ChameleonTransportException ex = catchThrowableOfType(ChameleonTransportException.class,
					() -> client.hooks().track(TrackedEvent.forUid("u-1").named("x")).block(TIMEOUT));
			assertThat(ex.requestMayHaveReachedServer()).isFalse();
			assertThat(ex.kind()).isEqualTo(ErrorKind.TRANSPORT);
			assertThat(ex.kind().isServerSide()).isTrue();
			assertThat(ex.method()).isEqualTo(HttpMethod.POST);
			assertThat(ex.path()).isEqualTo("/v3/observe/hooks/events");
			assertThat(ex.getMessage()).startsWith("No response from Chameleon to POST /v3/observe/hooks/events")
				.contains("not sent")
				.doesNotContain(SECRET);
		}
	}

	@Test
	void aConnectionResetAfterSendingMayHaveReachedTheServer() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		ChameleonTransportException ex = catchThrowableOfType(ChameleonTransportException.class,
				() -> this.chameleon.hooks().track(TrackedEvent.forUid("u-1").named("x")).block(TIMEOUT));
		assertThat(ex.requestMayHaveReachedServer()).isTrue();
		assertThat(ex.getMessage()).contains("may have reached the server");
		assertThat(ex.path()).isEqualTo("/v3/observe/hooks/events");
	}

	@Test
	void anEmptyResponseMayHaveReachedTheServer() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
		ChameleonTransportException ex = catchThrowableOfType(ChameleonTransportException.class,
				() -> this.chameleon.profiles().getByUid("u-1").block(TIMEOUT));
		assertThat(ex.requestMayHaveReachedServer()).isTrue();
		assertThat(ex.path()).isEqualTo("/v3/analyze/profile");
		assertThat(ex.getMessage()).doesNotContain("u-1");
	}

	@Test
	void garbageInsteadOfHttpIsATransportFailure() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
		ChameleonException ex = catchThrowableOfType(ChameleonException.class,
				() -> this.chameleon.tours().get("t1").block(TIMEOUT));
		assertThat(ex.kind()).isIn(ErrorKind.TRANSPORT, ErrorKind.DECODING);
	}

	@Test
	void aSuccessWhoseBodyIsCutOffIsATransportFailureThatMayHaveReachedTheServer() throws Exception {
		// a 200 that promises 1000 bytes and closes the connection after a few: no status is wrong, the body failed
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread serving = new Thread(() -> {
				try (java.net.Socket connection = socket.accept()) {
					java.io.InputStream in = connection.getInputStream();
					byte[] request = new byte[8192];
					int read = 0;
					while (read < 4 || !new String(request, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
						int n = in.read(request, read, request.length - read);
						if (n < 0) {
							return;
						}
						read += n;
					}
					connection.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
							+ "Content-Length: 1000\r\n\r\n{\"tour\":{\"id\":\"t1\"").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
					connection.getOutputStream().flush();
				}
				catch (IOException ex) {
					// the test fails on the client's side if the server could not answer
				}
			});
			serving.setDaemon(true);
			serving.start();
			try (ChameleonOperations client = clientBuilder().baseUrl("http://127.0.0.1:" + socket.getLocalPort())
				.callPolicy(CallPolicy.direct())
				.build()) {
				ChameleonTransportException ex = catchThrowableOfType(ChameleonTransportException.class,
						() -> client.tours().get("t1").block(TIMEOUT));
				assertThat(ex.requestMayHaveReachedServer()).isTrue();
				assertThat(ex.getMessage()).contains("connection closed before the response was complete");
				assertThat(ex.path()).isEqualTo("/v3/edit/tours/t1");
			}
		}
	}

	@Test
	void aResponseSlowerThanTheResponseTimeoutIsATimedOutTransportFailure() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withFixedDelay(1000).withStatus(200)
			.withBody("{ \"tour\": { \"id\": \"t1\" } }")));
		try (ChameleonOperations client = clientBuilder().responseTimeout(Duration.ofMillis(300)).build()) {
			ChameleonTransportException ex = catchThrowableOfType(ChameleonTransportException.class,
					() -> client.tours().get("t1").block(TIMEOUT));
			assertThat(ex.requestMayHaveReachedServer()).isTrue();
			assertThat(ex.getMessage()).contains("response timed out");
			assertThat(ex.method()).isEqualTo(HttpMethod.GET);
			assertThat(ex.path()).isEqualTo("/v3/edit/tours/t1");
		}
	}

	@Test
	void transportFailuresClassifyTheCauseChain() {
		assertThat(TransportFailures.neverSent(new java.net.ConnectException("refused"))).isTrue();
		assertThat(TransportFailures.neverSent(new RuntimeException(new java.net.UnknownHostException("x")))).isTrue();
		assertThat(TransportFailures.neverSent(new IOException("Connection reset by peer"))).isFalse();
		ChameleonException passThrough = new ChameleonTransportException("m", null, null, true, null);
		assertThat(TransportFailures.toException(HttpMethod.GET, "/", passThrough)).isSameAs(passThrough);
		assertThat(TransportFailures.toException(null, null, new IOException("boom")).getMessage())
			.startsWith("No response from Chameleon to request: IOException: boom");
	}

}
