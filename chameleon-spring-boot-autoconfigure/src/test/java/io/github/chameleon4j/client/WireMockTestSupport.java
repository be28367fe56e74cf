package io.github.chameleon4j.client;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chameleon4j.resilience.CallPolicy;

/**
 * One WireMock server on 127.0.0.1 per test class, reset before each test, and a client pointed
 * at it. After every test, each request the server received must carry the secret in the
 * {@code X-Account-Secret} header and nowhere in its URL.
 */
public abstract class WireMockTestSupport {

	/** The account secret every test client uses. */
	public static final String SECRET = "test-secret";

	protected static final Duration TIMEOUT = Duration.ofSeconds(10);

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	protected static WireMockServer server;

	protected ChameleonOperations chameleon;

	@BeforeAll
	protected static void startServer() {
		server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
	}

	@AfterAll
	protected static void stopServer() {
		server.stop();
	}

	@BeforeEach
	protected void resetServerAndBuildClient() {
		server.resetAll();
		this.chameleon = clientBuilder().build();
	}

	@AfterEach
	protected void closeClientAndCheckSecretHandling() {
		this.chameleon.close();
		for (ServeEvent event : server.getAllServeEvents()) {
			LoggedRequest request = event.getRequest();
			assertThat(request.getHeader("X-Account-Secret")).as("secret header of %s", request.getUrl())
				.isEqualTo(SECRET);
			assertThat(request.getUrl()).doesNotContain(SECRET);
			assertThat(request.getBodyAsString()).doesNotContain(SECRET);
		}
	}

	/** A builder for a client against the test server; tests may adjust it. */
	protected static ChameleonOperationsBuilder clientBuilder() {
		return ChameleonOperations.builder().callPolicy(CallPolicy.direct()).baseUrl(server.baseUrl()).accountSecret(SECRET);
	}

	/** Answers every request with the given status and JSON body. */
	protected static void respond(int status, String json) {
		server.stubFor(any(anyUrl()).willReturn(
				aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json)));
	}

	/** Answers every request with 200 and the given JSON body. */
	protected static void respond(String json) {
		respond(200, json);
	}

	/** Asserts that exactly one request was received and that it matches the pattern. */
	protected static LoggedRequest verifyOnly(RequestPatternBuilder pattern) {
		server.verify(1, pattern.withHeader("X-Account-Secret", com.github.tomakehurst.wiremock.client.WireMock.equalTo(SECRET)));
		List<ServeEvent> events = server.getAllServeEvents();
		assertThat(events).hasSize(1);
		return events.get(0).getRequest();
	}

	/** Asserts that no request reached the server. */
	protected static void verifyNoRequest() {
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	/** All received requests, oldest first. */
	protected static List<LoggedRequest> requests() {
		List<LoggedRequest> requests = new java.util.ArrayList<>(
				server.getAllServeEvents().stream().map(ServeEvent::getRequest).toList());
		// WireMock lists the newest first.
		java.util.Collections.reverse(requests);
		return requests;
	}

	protected static JsonNode bodyOf(LoggedRequest request) {
		return JSON.readTree(request.getBodyAsString());
	}

	protected static <T> T await(Mono<T> mono) {
		return mono.block(TIMEOUT);
	}

}
