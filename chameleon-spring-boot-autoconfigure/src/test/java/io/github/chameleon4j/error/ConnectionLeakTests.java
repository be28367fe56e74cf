package io.github.chameleon4j.error;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.WireMockTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a single pooled connection, any error path that forgot to consume or release a body
 * would leave the pool empty and hang the next call.
 */
class ConnectionLeakTests extends WireMockTestSupport {

	@Test
	void aThousandErrorResponsesDoNotExhaustAOneConnectionPool() {
		server.stubFor(get(urlEqualTo("/v3/analyze/profiles/missing")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{ \"code\": 404, \"messages\": [\"Endpoint not found: Please recheck with the API docs https://developers.chameleon.io\"] }")));
		server.stubFor(get(urlEqualTo("/v3/edit/tours/down")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>" + "<p>maintenance</p>".repeat(500) + "</body></html>")));
		server.stubFor(get(urlEqualTo("/v3/edit/surveys/broken")).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{ \"code\": 500, \"messages\": [\"Internal server error: Please retry later\"] }")));
		server.stubFor(get(urlEqualTo("/")).willReturn(okJson("{ \"account\": { \"id\": \"a1\" }, \"user\": { \"id\": \"u1\" } }")));
		AtomicInteger notFound = new AtomicInteger();
		AtomicInteger unavailable = new AtomicInteger();
		AtomicInteger internal = new AtomicInteger();
		try (ChameleonOperations client = clientBuilder().maxConnections(1).build()) {
			Flux<Object> calls = Flux.range(0, 1000).concatMap((i) -> {
				Mono<?> call = switch (i % 3) {
					case 0 -> client.profiles().get("missing");
					case 1 -> client.tours().get("down");
					default -> client.surveys().get("broken");
				};
				return call.cast(Object.class)
					.onErrorResume(ChameleonNotFoundException.class, (ex) -> count(notFound))
					.onErrorResume(ChameleonServiceUnavailableException.class, (ex) -> count(unavailable))
					.onErrorResume(ChameleonInternalServerErrorException.class, (ex) -> count(internal));
			}).thenMany(client.verifyCredentials().cast(Object.class));
			StepVerifier.create(calls)
				.assertNext((identity) -> assertThat(identity).hasFieldOrPropertyWithValue("accountId", "a1"))
				.expectComplete()
				.verify(Duration.ofSeconds(120));
		}
		assertThat(notFound).hasValue(334);
		assertThat(unavailable).hasValue(333);
		assertThat(internal).hasValue(333);
		assertThat(server.getAllServeEvents()).hasSize(1001);
	}

	private static Mono<Object> count(AtomicInteger counter) {
		counter.incrementAndGet();
		return Mono.empty();
	}

}
