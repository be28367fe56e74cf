package io.github.chameleon4j.autoconfigure.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.autoconfigure.observability.ChameleonEndpoint.ClientDescriptor;
import io.github.chameleon4j.autoconfigure.observability.ChameleonEndpoint.RateLimitDescriptor;
import io.github.chameleon4j.error.RateLimitStrategy;
import io.github.chameleon4j.metrics.FakeResilienceState;
import io.github.chameleon4j.resilience.RateLimitEvent;

class ChameleonEndpointTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(ChameleonAutoConfiguration.class, ChameleonEndpointAutoConfiguration.class))
		.withPropertyValues("chameleon.account-secret=s");

	@Test
	void whenReadThenItDescribesTheClientAndItsResilienceState() {
		FakeResilienceState state = new FakeResilienceState();
		state.pace = 60;
		state.cooldownUntil = Instant.parse("2025-06-01T10:00:12Z");
		state.concurrencyCap = 4;
		state.loweredLaneCaps = Map.of("companies.list", 1);
		state.inFlight = 3;
		state.waiting = 5;
		state.breaker = "OPEN";
		state.openUntil = Instant.parse("2025-06-01T10:01:00Z");
		state.events.add(new RateLimitEvent(Instant.parse("2025-06-01T10:00:00Z"), RateLimitStrategy.CONCURRENCY,
				Duration.ofSeconds(12), OptionalInt.of(4), "GET", "/v3/edit/tours/{id}"));
		ChameleonEndpoint endpoint = new ChameleonEndpoint("chameleon", "https://api.chameleon.io", () -> state);

		ClientDescriptor client = endpoint.chameleon().clients().get("chameleon");

		assertThat(client.baseUrl()).isEqualTo("https://api.chameleon.io");
		assertThat(client.resilience().pacePerMinute()).isEqualTo(60.0);
		assertThat(client.resilience().cooldownUntil()).isEqualTo("2025-06-01T10:00:12Z");
		assertThat(client.resilience().concurrencyCap()).isEqualTo(4);
		assertThat(client.resilience().loweredLaneCaps()).containsExactly(entry("companies.list", 1));
		assertThat(client.resilience().inFlight()).isEqualTo(3);
		assertThat(client.resilience().waitingForPermit()).isEqualTo(5);
		assertThat(client.resilience().circuitBreakerState()).isEqualTo("OPEN");
		assertThat(client.resilience().circuitOpenUntil()).isEqualTo("2025-06-01T10:01:00Z");
		assertThat(client.resilience().recentRateLimits()).containsExactly(new RateLimitDescriptor(
				"2025-06-01T10:00:00Z", "CONCURRENCY", "PT12S", 4, "GET", "/v3/edit/tours/{id}"));
	}

	@Test
	void whenThereIsNoResilienceLayerThenOnlyTheBaseUrlIsShown() {
		ClientDescriptor client = new ChameleonEndpoint("chameleon", "https://api.chameleon.io", () -> null).chameleon()
			.clients()
			.get("chameleon");
		assertThat(client.baseUrl()).isEqualTo("https://api.chameleon.io");
		assertThat(client.resilience()).isNull();
	}

	@Test
	void whenExposedThenTheEndpointIsRegistered() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=chameleon")
			.run((context) -> assertThat(context).hasSingleBean(ChameleonEndpoint.class));
	}

	@Test
	void whenNotExposedThenItBacksOff() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ChameleonEndpoint.class));
	}

	@Test
	void whenAccessIsNoneThenItBacksOff() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=chameleon",
					"management.endpoint.chameleon.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(ChameleonEndpoint.class));
	}

	@Test
	void whenActuatorIsAbsentThenItBacksOff() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=chameleon")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ChameleonEndpoint.class));
	}

}
