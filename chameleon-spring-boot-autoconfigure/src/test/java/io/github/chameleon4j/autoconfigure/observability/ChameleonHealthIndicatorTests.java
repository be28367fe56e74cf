package io.github.chameleon4j.autoconfigure.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import io.github.chameleon4j.metrics.FakeResilienceState;

class ChameleonHealthIndicatorTests {

	private final FakeResilienceState state = new FakeResilienceState();

	private final ChameleonHealthIndicator indicator = new ChameleonHealthIndicator(() -> this.state, "chameleon");

	@Test
	void whenNothingIsWrongThenUp() {
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("circuitBreaker", "CLOSED").containsEntry("coolingDown", false);
	}

	@Test
	void whenCoolingDownThenUpWithTheCooldownEnd() {
		this.state.cooldownUntil = Instant.parse("2025-06-01T10:00:12Z");
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("coolingDown", true)
			.containsEntry("cooldownUntil", "2025-06-01T10:00:12Z");
	}

	@Test
	void whenCircuitIsOpenThenCircuitOpenUntilItMayProbe() {
		this.state.breaker = "OPEN";
		this.state.openUntil = Instant.parse("2025-06-01T10:01:00Z");
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(ChameleonHealthIndicator.CIRCUIT_OPEN);
		assertThat(health.getStatus().getCode()).isEqualTo("CIRCUIT_OPEN");
		assertThat(health.getDetails()).containsEntry("circuitOpenUntil", "2025-06-01T10:01:00Z");
	}

	@Test
	void whenCircuitIsOpenAndDownOnFailureThenDown() {
		this.state.breaker = "OPEN";
		Health health = new ChameleonHealthIndicator(() -> this.state, "chameleon", true).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("reason").toString()).contains("circuit breaker is open");
	}

	@Test
	void whenSecretWasRejectedAndDownOnFailureThenDown() {
		this.state.credentialsRejected = true;
		Health health = new ChameleonHealthIndicator(() -> this.state, "chameleon", true).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void whenHalfOpenThenUp() {
		this.state.breaker = "HALF_OPEN";
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void whenSecretWasRejectedThenCredentialsRejected() {
		this.state.credentialsRejected = true;
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(ChameleonHealthIndicator.CREDENTIALS_REJECTED);
		assertThat(health.getDetails().get("reason").toString()).contains("403");
	}

	@Test
	void whenThereIsNoResilienceLayerThenUp() {
		Health health = new ChameleonHealthIndicator(() -> null, "chameleon").health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("resilience", "not configured");
	}

}
