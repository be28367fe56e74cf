package io.github.chameleon4j.autoconfigure.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.autoconfigure.observability.ChameleonEndpoint.ResilienceDescriptor;
import io.github.chameleon4j.autoconfigure.resilience.ChameleonResilienceAutoConfiguration;
import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.metrics.ChameleonMeters;
import io.github.chameleon4j.resilience.ChameleonResilience;

/**
 * The observability auto-configurations together with the real resilience layer: its listener
 * receives the metrics listener, and health, endpoint and gauges read its state.
 */
class ChameleonResilienceObservabilityTests {

	private static WireMockServer wm;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonResilienceAutoConfiguration.class,
				ChameleonAutoConfiguration.class, ChameleonMetricsAutoConfiguration.class,
				ChameleonHealthContributorAutoConfiguration.class, ChameleonEndpointAutoConfiguration.class,
				MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class))
		.withPropertyValues("chameleon.account-secret=s", "management.endpoints.web.exposure.include=chameleon",
				"chameleon.resilience.pace.enabled=false", "chameleon.resilience.cooldown.max-jitter=10ms");

	@BeforeAll
	static void startServer() {
		wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		wm.start();
		wm.stubFor(get(urlPathEqualTo("/v3/edit/tours/t-1")).inScenario("limited")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("X-Retry-After", "0.05")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"messages\":[\"Too many requests\"]}"))
			.willSetStateTo("open"));
		wm.stubFor(get(urlPathEqualTo("/v3/edit/tours/t-1")).inScenario("limited")
			.whenScenarioStateIs("open")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"tour\":{\"id\":\"t-1\"}}")));
	}

	@AfterAll
	static void stopServer() {
		wm.stop();
	}

	@Test
	void whenA429IsRetriedThenMetricsHealthAndEndpointReflectTheRealResilienceLayer() {
		this.contextRunner.withPropertyValues("chameleon.base-url=" + wm.baseUrl()).run((context) -> {
			assertThat(context).hasSingleBean(ChameleonResilience.class);
			context.getBean(ChameleonOperations.class).tours().get("t-1").block(Duration.ofSeconds(10));

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(ChameleonMeters.RESPONSES).tag("status", "429").counter().count()).isEqualTo(1.0);
			assertThat(registry.get(ChameleonMeters.RESPONSES).tag("status", "200").counter().count()).isEqualTo(1.0);
			assertThat(registry.get(ChameleonMeters.RATE_LIMIT_HINTS).tag("strategy", "global").counter().count())
				.isEqualTo(1.0);
			assertThat(registry.get(ChameleonMeters.RETRIES).tag("error.kind", "RATE_LIMITED").counter().count())
				.isEqualTo(1.0);
			assertThat(registry.find(ChameleonMeters.WAIT).timers()).anyMatch((timer) -> timer.count() > 0);
			assertThat(registry.get(ChameleonMeters.CIRCUIT_STATE).gauge().value()).isEqualTo(0.0);

			assertThat(context.getBean(ChameleonHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);

			ResilienceDescriptor resilience = context.getBean(ChameleonEndpoint.class)
				.chameleon()
				.clients()
				.get("chameleon")
				.resilience();
			assertThat(resilience.circuitBreakerState()).isEqualTo("CLOSED");
			assertThat(resilience.recentRateLimits()).hasSize(1);
			assertThat(resilience.recentRateLimits().get(0).strategy()).isEqualTo("GLOBAL");
			assertThat(resilience.recentRateLimits().get(0).uriTemplate()).isEqualTo("/v3/edit/tours/{id}");
		});
	}

}
