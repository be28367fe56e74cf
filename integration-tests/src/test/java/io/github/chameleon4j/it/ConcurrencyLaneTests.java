package io.github.chameleon4j.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.error.RateLimitStrategy;
import io.github.chameleon4j.resilience.RateLimitEvent;
import io.github.chameleon4j.resilience.ResilienceState;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A concurrency 429 from profile search, carrying the reference's mixed example (a limit, a header
 * wait and a body wait), narrows only the search lane: GETs running alongside keep the overall cap
 * and never wait at a shared cool-down.
 */
class ConcurrencyLaneTests {

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		this.server.stop();
	}

	@Test
	void aConcurrency429FromProfileSearchNarrowsOnlyItsLane() {
		this.server.start();
		this.server.stubFor(post(urlPathEqualTo("/v3/analyze/profiles")).inScenario("search")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("X-Ratelimit-Limit", "1")
				.withHeader("X-Ratelimit-Wait", "1").withHeader("Content-Type", "application/json")
				.withBody("{\"code\":429,\"messages\":[\"Rate Limited\"],\"wait\":1,\"limit\":1}"))
			.willSetStateTo("answered"));
		this.server.stubFor(post(urlPathEqualTo("/v3/analyze/profiles")).inScenario("search")
			.whenScenarioStateIs("answered")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"profiles\":[{\"id\":\"p1\",\"uid\":\"u-1\"}]}")));
		this.server.stubFor(get(urlPathMatching("/v3/edit/tours/.+")).willReturn(aResponse().withStatus(200)
			.withFixedDelay(20).withHeader("Content-Type", "application/json").withBody("{\"tour\":{\"id\":\"t1\"}}")));
		this.app = new SpringApplicationBuilder(ConsumerApp.class).web(WebApplicationType.NONE)
			.properties("chameleon.base-url=" + this.server.baseUrl(), "chameleon.account-secret=lane-secret",
					"chameleon.resilience.pace.enabled=false")
			.run();
		ChameleonOperations chameleon = this.app.getBean(ChameleonOperations.class);
		ResilienceState state = this.app.getBean(ResilienceState.class);
		int cap = state.concurrencyCap();

		List<Integer> capsSeenByGets = new CopyOnWriteArrayList<>();
		List<Boolean> coolingDownSeenByGets = new CopyOnWriteArrayList<>();
		Mono<List<String>> search = chameleon.profiles().search(ProfileSearch.all())
			.map((page) -> page.items().stream().map((profile) -> profile.uid()).toList());
		Flux<String> gets = Flux.range(0, 200).flatMap((i) -> chameleon.tours().get("t" + i).doOnNext((tour) -> {
			capsSeenByGets.add(state.concurrencyCap());
			coolingDownSeenByGets.add(state.cooldownUntil().isPresent());
		}).map((tour) -> tour.id()), 8);
		// the search and its retry (after the 1 s hint) run while the GETs do
		var both = Mono.zip(search, gets.collectList()).block(Duration.ofSeconds(30));
		List<String> searched = both.getT1();
		List<String> got = both.getT2();

		assertThat(searched).containsExactly("u-1");
		assertThat(got).hasSize(200);
		assertThat(capsSeenByGets).containsOnly(cap);
		assertThat(coolingDownSeenByGets).containsOnly(false);
		List<RateLimitEvent> events = state.recentRateLimitEvents();
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.strategy()).isEqualTo(RateLimitStrategy.CONCURRENCY);
			assertThat(event.limit()).hasValue(1);
			assertThat(event.uriTemplate()).isEqualTo("/v3/analyze/profiles");
		});
	}

}
