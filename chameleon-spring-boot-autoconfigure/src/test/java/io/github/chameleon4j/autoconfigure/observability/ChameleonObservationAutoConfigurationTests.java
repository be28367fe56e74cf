package io.github.chameleon4j.autoconfigure.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.metrics.ChameleonCallContext;
import io.github.chameleon4j.metrics.ChameleonCallObservationConvention;
import io.github.chameleon4j.metrics.ChameleonMeters;
import io.github.chameleon4j.metrics.DefaultChameleonCallObservationConvention;

class ChameleonObservationAutoConfigurationTests {

	private static WireMockServer wm;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonAutoConfiguration.class,
				ChameleonObservationAutoConfiguration.class))
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
	void whenTheApplicationHasAnObservationRegistryThenEachCallIsObservedUnderTheClientName() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withBean(TestObservationRegistry.class, () -> registry)
			.withPropertyValues("chameleon.base-url=" + wm.baseUrl(), "chameleon.client-name=billing")
			.run((context) -> {
				assertThat(context).hasSingleBean(ChameleonObservationClientCustomizer.class);
				context.getBean(ChameleonOperations.class).tours().get("t-1").block();
				assertThat(registry).hasObservationWithNameEqualTo(ChameleonMeters.CALL)
					.that()
					.hasLowCardinalityKeyValue("client", "billing")
					.hasLowCardinalityKeyValue("uri", "/v3/edit/tours/{id}")
					.hasLowCardinalityKeyValue("outcome", "SUCCESS")
					.hasLowCardinalityKeyValue("attempts", "1");
				assertThat(registry).forAllObservationsWithNameEqualTo("http.client.requests",
						(attempt) -> attempt.hasParentObservationContextMatching(ChameleonCallContext.class::isInstance));
			});
	}

	@Test
	void whenTheApplicationDeclaresAConventionThenItIsUsed() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withBean(TestObservationRegistry.class, () -> registry)
			.withBean(ChameleonCallObservationConvention.class, () -> new DefaultChameleonCallObservationConvention("crm") {
				@Override
				public KeyValues getLowCardinalityKeyValues(ChameleonCallContext context) {
					return super.getLowCardinalityKeyValues(context).and("tenant", "acme");
				}
			})
			.withPropertyValues("chameleon.base-url=" + wm.baseUrl())
			.run((context) -> {
				context.getBean(ChameleonOperations.class).tours().get("t-1").block();
				assertThat(registry).hasObservationWithNameEqualTo(ChameleonMeters.CALL)
					.that()
					.hasLowCardinalityKeyValue("client", "crm")
					.hasLowCardinalityKeyValue("tenant", "acme");
			});
	}

	@Test
	void whenBootConfiguresTheObservationRegistryThenTheCustomizerIsRegistered() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
			.run((context) -> assertThat(context).hasSingleBean(ChameleonObservationClientCustomizer.class));
	}

	@Test
	void whenTheCallObservationIsDisabledByPropertyThenOnlyTheAttemptIsObserved() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
			.withBean(TestObservationRegistry.class, () -> registry)
			.withPropertyValues("chameleon.base-url=" + wm.baseUrl(), "management.observations.enable.chameleon.call=false")
			.run((context) -> {
				assertThat(context.getBean(ChameleonOperations.class).tours().get("t-1").block()).isNotNull();
				assertThat(registry).hasNumberOfObservationsWithNameEqualTo(ChameleonMeters.CALL, 0)
					.hasNumberOfObservationsWithNameEqualTo("http.client.requests", 1);
			});
	}

	@Test
	void whenThereIsNoObservationRegistryThenNothingIsRegisteredAndTheClientWorks() {
		this.contextRunner.withPropertyValues("chameleon.base-url=" + wm.baseUrl()).run((context) -> {
			assertThat(context).doesNotHaveBean(ChameleonObservationClientCustomizer.class);
			assertThat(context.getBean(ChameleonOperations.class).tours().get("t-1").block()).isNotNull();
		});
	}

}
