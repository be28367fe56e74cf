package io.github.chameleon4j.test.spring.suite;

import java.time.Duration;
import java.time.Instant;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.resilience.ResilienceState;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.spring.AutoConfigureChameleonEmulator;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Second class of the suite: starts where {@link SuiteBreakerTests} left the circuit open, and leaves the
 * shared client in a ten-minute cool-down.
 */
@Order(2)
@SpringBootTest(classes = SuiteApplication.class,
		properties = { "chameleon.resilience.retry.initial-backoff=5ms", "chameleon.resilience.retry.max-backoff=5ms" })
@AutoConfigureChameleonEmulator(seedProfiles = 5)
class SuiteCooldownTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ChameleonEmulator emulator;

	@Autowired
	ChameleonOperations chameleon;

	@Autowired
	ResilienceState state;

	@Test
	void startsCleanThenLeavesATenMinuteCooldown() {
		CleanClient.assertSharedContext(this.context);
		CleanClient.assertCleanAndTheFirstCallSucceedsAtOnce(this.emulator, this.chameleon, this.state);

		this.emulator.rateLimits().bucket(1, Duration.ofMinutes(10));
		String id = this.emulator.data().publishedTourId();
		this.chameleon.tours().get(id).block();
		// the window's one request is spent: the hint (~10 min) outlasts the call's 60 s deadline
		assertThatExceptionOfType(ChameleonRateLimitException.class)
			.isThrownBy(() -> this.chameleon.tours().get(id).block());

		assertThat(this.state.cooldownUntil()).hasValueSatisfying(
				(until) -> assertThat(until).isAfter(Instant.now().plus(Duration.ofMinutes(5))));
		assertThat(this.emulator.requests()).extracting((request) -> request.status()).containsExactly(200, 200, 429);
	}

}
