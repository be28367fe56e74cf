package io.github.chameleon4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChameleonStateMetricsTests {

	private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final FakeResilienceState state = new FakeResilienceState();

	@BeforeEach
	void bind() {
		new ChameleonStateMetrics(this.state, "chameleon", Clock.fixed(NOW, ZoneOffset.UTC)).bindTo(this.registry);
	}

	@Test
	void whenNoCooldownIsInForceThenRemainingIsZero() {
		assertThat(gauge(ChameleonMeters.COOLDOWN_REMAINING)).isZero();
	}

	@Test
	void whenCoolingDownThenRemainingSecondsAreMeasuredFromTheClock() {
		this.state.cooldownUntil = NOW.plusMillis(12_500);
		assertThat(gauge(ChameleonMeters.COOLDOWN_REMAINING)).isEqualTo(12.5);

		this.state.cooldownUntil = NOW.minusSeconds(1);
		assertThat(gauge(ChameleonMeters.COOLDOWN_REMAINING)).isZero();
	}

	@Test
	void paceInFlightAndWaitingFollowTheState() {
		this.state.pace = 120;
		this.state.inFlight = 3;
		this.state.waiting = 7;

		assertThat(gauge(ChameleonMeters.PACE)).isEqualTo(120.0);
		assertThat(gauge(ChameleonMeters.IN_FLIGHT)).isEqualTo(3.0);
		assertThat(gauge(ChameleonMeters.WAITING)).isEqualTo(7.0);
		assertThat(this.registry.get(ChameleonMeters.PACE).gauge().getId().getTag("client")).isEqualTo("chameleon");
	}

	@Test
	void circuitStateIsEncodedAsANumber() {
		this.state.breaker = "CLOSED";
		assertThat(gauge(ChameleonMeters.CIRCUIT_STATE)).isEqualTo(0.0);
		this.state.breaker = "OPEN";
		assertThat(gauge(ChameleonMeters.CIRCUIT_STATE)).isEqualTo(1.0);
		this.state.breaker = "HALF_OPEN";
		assertThat(gauge(ChameleonMeters.CIRCUIT_STATE)).isEqualTo(2.0);
		this.state.breaker = "DISABLED";
		assertThat(gauge(ChameleonMeters.CIRCUIT_STATE)).isEqualTo(-1.0);
	}

	@Test
	void invalidArgumentsAreRejectedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ChameleonStateMetrics(null, "c", Clock.systemUTC()))
			.withMessageContaining("state");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ChameleonStateMetrics(this.state, "", Clock.systemUTC()))
			.withMessageContaining("clientName");
	}

	private double gauge(String name) {
		return this.registry.get(name).gauge().value();
	}

}
