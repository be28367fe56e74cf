package io.github.chameleon4j.autoconfigure.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.metrics.ChameleonMeters;
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;
import io.github.chameleon4j.metrics.ChameleonResilienceMetrics;
import io.github.chameleon4j.metrics.FakeResilienceState;
import io.github.chameleon4j.resilience.ResilienceListener;

class ChameleonMetricsAutoConfigurationTests {

	private static WireMockServer wm;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonAutoConfiguration.class,
				ChameleonMetricsAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
		.withPropertyValues("chameleon.account-secret=s");

	@BeforeAll
	static void startServer() {
		wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		wm.start();
		wm.stubFor(get(urlPathMatching("/v3/edit/tours/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"tour\":{\"id\":\"t-1\"}}")));
	}

	@AfterAll
	static void stopServer() {
		wm.stop();
	}

	@Test
	void whenMicrometerIsPresentThenFilterCustomizerAndListenerAreRegistered() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(ChameleonMetricsFilter.class);
			assertThat(context).hasSingleBean(ChameleonMetricsClientCustomizer.class);
			assertThat(context).hasSingleBean(ChameleonStateMeterBinder.class);
			assertThat(context).getBean(ResilienceListener.class).isInstanceOf(ChameleonResilienceMetrics.class);
		});
	}

	@Test
	void whenAutoConfiguredClientCallsThenResponsesAreCountedUnderTheClientName() {
		this.contextRunner.withPropertyValues("chameleon.base-url=" + wm.baseUrl(), "chameleon.client-name=billing")
			.run((context) -> {
				context.getBean(ChameleonOperations.class).tours().get("t-1").block();
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(ChameleonMeters.RESPONSES)
					.tag("client", "billing")
					.tag("uri", "/v3/edit/tours/{id}")
					.tag("status", "200")
					.counter()
					.count()).isEqualTo(1.0);
			});
	}

	@Test
	void whenResilienceStateExistsThenItsGaugesAreRegistered() {
		this.contextRunner.withBean(FakeResilienceState.class, () -> {
			FakeResilienceState state = new FakeResilienceState();
			state.pace = 90;
			state.inFlight = 2;
			return state;
		}).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(ChameleonMeters.PACE).tag("client", "chameleon").gauge().value()).isEqualTo(90.0);
			assertThat(registry.get(ChameleonMeters.IN_FLIGHT).gauge().value()).isEqualTo(2.0);
			assertThat(registry.get(ChameleonMeters.CIRCUIT_STATE).gauge().value()).isEqualTo(0.0);
		});
	}

	@Test
	void whenThereIsNoResilienceStateThenNoGaugesAreRegistered() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find(ChameleonMeters.PACE).gauge()).isNull();
			assertThat(registry.find(ChameleonMeters.WAIT).timers()).isNotEmpty();
		});
	}

	@Test
	void whenUserDefinesTheFilterThenItIsUsed() {
		ChameleonMetricsFilter own = new ChameleonMetricsFilter(new SimpleMeterRegistry(), "own");
		this.contextRunner.withBean(ChameleonMetricsFilter.class, () -> own)
			.run((context) -> assertThat(context).getBean(ChameleonMetricsFilter.class).isSameAs(own));
	}

	@Test
	void whenMicrometerIsAbsentThenItBacksOff() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(ChameleonAutoConfiguration.class, ChameleonMetricsAutoConfiguration.class))
			.withPropertyValues("chameleon.account-secret=s")
			.withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> {
			assertThat(context).hasSingleBean(ChameleonOperations.class);
			assertThat(context).doesNotHaveBean(ChameleonMetricsFilter.class);
			assertThat(context).doesNotHaveBean(ChameleonMetricsClientCustomizer.class);
			assertThat(context).doesNotHaveBean(ChameleonResilienceMetrics.class);
		});
	}

	@Test
	void whenThereIsNoMeterRegistryThenItBacksOff() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(ChameleonAutoConfiguration.class, ChameleonMetricsAutoConfiguration.class))
			.withPropertyValues("chameleon.account-secret=s")
			.run((context) -> {
				assertThat(context).hasSingleBean(ChameleonOperations.class);
				assertThat(context).doesNotHaveBean(ChameleonMetricsFilter.class);
			});
	}

}
