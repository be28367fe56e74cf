package io.github.chameleon4j.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonResponseException;
import io.github.chameleon4j.error.ChameleonTransportException;
import io.github.chameleon4j.resilience.CallPolicy;

class ChameleonMetricsFilterTests {

	private static final String TOUR = "{\"tour\":{\"id\":\"t-1\",\"name\":\"Welcome\"}}";

	private static WireMockServer wm;

	private SimpleMeterRegistry registry;

	private ChameleonOperations client;

	@BeforeAll
	static void startServer() {
		wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		wm.start();
	}

	@AfterAll
	static void stopServer() {
		wm.stop();
	}

	@BeforeEach
	void createClient() {
		wm.resetAll();
		this.registry = new SimpleMeterRegistry();
		ChameleonMetricsFilter metricsFilter = new ChameleonMetricsFilter(this.registry, "chameleon");
		this.client = ChameleonOperations.builder().callPolicy(CallPolicy.direct())
			.baseUrl(wm.baseUrl())
			.accountSecret("s")
			.filter(metricsFilter)
			.build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void whenTourIsReadThenOneSuccessIsCountedUnderItsTemplate() {
		wm.stubFor(get(urlPathMatching("/v3/edit/tours/.*")).willReturn(okJson(TOUR)));

		StepVerifier.create(this.client.tours().get("t-1")).expectNextCount(1).verifyComplete();

		Counter counter = this.registry.get(ChameleonMeters.RESPONSES)
			.tag("client", "chameleon")
			.tag("method", "GET")
			.tag("uri", "/v3/edit/tours/{id}")
			.tag("status", "200")
			.tag("outcome", "SUCCESS")
			.tag("error.kind", "none")
			.counter();
		assertThat(counter.count()).isEqualTo(1.0);
	}

	@Test
	void whenDifferentIdsAreReadThenTheyShareOneSeriesWithoutIds() {
		wm.stubFor(get(urlPathMatching("/v3/edit/tours/.*")).willReturn(okJson(TOUR)));

		StepVerifier.create(this.client.tours().get("t-1")).expectNextCount(1).verifyComplete();
		StepVerifier.create(this.client.tours().get("t-2")).expectNextCount(1).verifyComplete();

		assertThat(this.registry.find(ChameleonMeters.RESPONSES).counters()).hasSize(1);
		Counter counter = this.registry.get(ChameleonMeters.RESPONSES).counter();
		assertThat(counter.count()).isEqualTo(2.0);
		assertThat(counter.getId().getTags()).extracting(Tag::getValue)
			.noneMatch((value) -> value.contains("t-1") || value.contains("t-2") || value.contains("127.0.0.1"));
	}

	@ParameterizedTest
	@CsvSource({ "403, CLIENT_ERROR, AUTHENTICATION", "404, CLIENT_ERROR, NOT_FOUND", "409, CLIENT_ERROR, CONFLICT",
			"422, CLIENT_ERROR, UNPROCESSABLE", "429, CLIENT_ERROR, RATE_LIMITED", "500, SERVER_ERROR, SERVER_ERROR",
			"503, SERVER_ERROR, SERVER_ERROR", "504, SERVER_ERROR, SERVER_ERROR" })
	void whenChameleonAnswersWithAnErrorStatusThenItIsCountedWithOutcomeAndKind(int status, String outcome,
			String kind) {
		wm.stubFor(get(urlPathMatching("/v3/edit/tours/.*")).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"messages\":[\"nope\"]}")));

		StepVerifier.create(this.client.tours().get("t-1")).expectError(ChameleonResponseException.class).verify();

		Counter counter = this.registry.get(ChameleonMeters.RESPONSES)
			.tag("uri", "/v3/edit/tours/{id}")
			.tag("status", Integer.toString(status))
			.tag("outcome", outcome)
			.tag("error.kind", kind)
			.counter();
		assertThat(counter.count()).isEqualTo(1.0);
		assertThat(this.registry.find(ChameleonMeters.RESPONSES).counters()).hasSize(1);
	}

	@Test
	void whenStatusesDifferThenEachStatusIsItsOwnSeries() {
		wm.stubFor(get(urlPathMatching("/v3/edit/tours/.*")).willReturn(aResponse().withStatus(503)));
		StepVerifier.create(this.client.tours().get("t-1")).expectError().verify();
		wm.stubFor(get(urlPathMatching("/v3/edit/tours/.*")).willReturn(aResponse().withStatus(500)));
		StepVerifier.create(this.client.tours().get("t-1")).expectError().verify();
		StepVerifier.create(this.client.tours().get("t-1")).expectError().verify();

		assertThat(this.registry.get(ChameleonMeters.RESPONSES).tag("status", "503").counter().count()).isEqualTo(1.0);
		assertThat(this.registry.get(ChameleonMeters.RESPONSES).tag("status", "500").counter().count()).isEqualTo(2.0);
	}

	@Test
	void whenConnectionIsResetThenATransportErrorIsCounted() {
		wm.stubFor(get(urlPathMatching("/v3/edit/tours/.*"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		StepVerifier.create(this.client.tours().get("t-1"))
			.expectError(ChameleonTransportException.class)
			.verify(Duration.ofSeconds(10));

		Counter counter = this.registry.get(ChameleonMeters.RESPONSES)
			.tag("method", "GET")
			.tag("uri", "/v3/edit/tours/{id}")
			.tag("status", ChameleonMeters.IO_ERROR)
			.tag("outcome", "TRANSPORT_ERROR")
			.tag("error.kind", "TRANSPORT")
			.counter();
		assertThat(counter.count()).isEqualTo(1.0);
	}

	@Test
	void whenClientNameIsGivenThenItTagsEverySeries() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		wm.stubFor(get(urlPathMatching("/v3/edit/tours/.*")).willReturn(okJson(TOUR)));
		try (ChameleonOperations named = ChameleonOperations.builder().callPolicy(CallPolicy.direct())
			.baseUrl(wm.baseUrl())
			.accountSecret("s")
			.filter(new ChameleonMetricsFilter(own, "billing", wm.baseUrl()))
			.build()) {
			StepVerifier.create(named.tours().get("t-1")).expectNextCount(1).verifyComplete();
		}

		assertThat(own.get(ChameleonMeters.RESPONSES).tag("client", "billing").counter().count()).isEqualTo(1.0);
	}

	@Test
	void whenTheSameStatusRepeatsThenTheCachedCounterIsReused() {
		RouteCounters counters = new RouteCounters(this.registry, io.micrometer.core.instrument.Tags.of("client", "c"));

		Counter first = counters.forStatus(404);
		Counter second = counters.forStatus(404);
		Counter unusual = counters.forStatus(999);

		assertThat(second).isSameAs(first);
		assertThat(counters.forStatus(999)).isSameAs(unusual);
		assertThat(counters.forTransportFailure()).isSameAs(counters.forTransportFailure());
		assertThat(unusual.getId().getTag("outcome")).isEqualTo("UNKNOWN");
		assertThat(this.registry.getMeters()).extracting(Meter::getId).hasSize(3);
	}

	@Test
	void uriTagStripsBaseUrlHostAndQuery() {
		assertThat(ChameleonMetricsFilter.uriTag("https://api.chameleon.io/v3/edit/tours/{id}", null))
			.isEqualTo("/v3/edit/tours/{id}");
		assertThat(ChameleonMetricsFilter.uriTag("https://gw.example/chameleon/v3/edit/tours/{id}",
				"https://gw.example/chameleon")).isEqualTo("/v3/edit/tours/{id}");
		assertThat(ChameleonMetricsFilter.uriTag("http://127.0.0.1:8080/v3/analyze/profiles?x=1", null))
			.isEqualTo("/v3/analyze/profiles");
		assertThat(ChameleonMetricsFilter.uriTag("https://api.chameleon.io", null)).isEqualTo("/");
		assertThat(ChameleonMetricsFilter.uriTag("", null)).isEqualTo("none");
	}

	@Test
	void invalidArgumentsAreRejectedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ChameleonMetricsFilter(null, "c"))
			.withMessageContaining("registry");
		assertThatIllegalArgumentException().isThrownBy(() -> new ChameleonMetricsFilter(this.registry, " "))
			.withMessageContaining("clientName");
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
