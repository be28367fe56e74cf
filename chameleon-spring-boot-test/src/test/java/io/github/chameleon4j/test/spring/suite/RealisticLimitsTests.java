package io.github.chameleon4j.test.spring.suite;

import java.time.Duration;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.RateLimitStrategy;
import io.github.chameleon4j.resilience.ResilienceState;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.spring.AutoConfigureChameleonEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code realisticLimits = true}: the client keeps its production pace, and the reset before each test restores
 * it after a global 429 lowered it.
 */
@Order(4)
@SpringBootTest(classes = SuiteApplication.class)
@AutoConfigureChameleonEmulator(seedProfiles = 5, realisticLimits = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealisticLimitsTests {

	@Autowired
	ChameleonEmulator emulator;

	@Autowired
	ChameleonOperations chameleon;

	@Autowired
	ResilienceState state;

	@Autowired
	Environment environment;

	@Test
	@Order(1)
	void theClientPacesAtItsConfiguredRateAndAGlobal429LowersIt() {
		assertThat(this.environment.getProperty("chameleon.resilience.pace.enabled")).isEqualTo("true");
		// the default adaptive pace starts at the documented maximum
		assertThat(this.state.currentPacePerMinute()).isEqualTo(120);
		this.emulator.rateLimits().global(3, Duration.ofMinutes(1));
		String id = this.emulator.data().publishedTourId();
		for (int i = 0; i < 3; i++) {
			this.chameleon.tours().get(id).block();
		}
		// the hint (up to a minute) outlasts this call's deadline, so it fails at once
		assertThatExceptionOfType(ChameleonRateLimitException.class)
			.isThrownBy(() -> this.chameleon.withDeadline(Duration.ofSeconds(5)).tours().get(id).block())
			.satisfies((limited) -> assertThat(limited.strategy()).isEqualTo(RateLimitStrategy.GLOBAL));
		// lowered to what the server accepted
		assertThat(this.state.currentPacePerMinute()).isLessThan(120);
		assertThat(this.state.cooldownUntil()).isPresent();
	}

	@Test
	@Order(2)
	void theResetBeforeTheNextTestRestoresThePaceAndEndsTheCooldown() {
		assertThat(this.state.currentPacePerMinute()).isEqualTo(120);
		assertThat(this.state.cooldownUntil()).isEmpty();
		assertThat(this.state.recentRateLimitEvents()).isEmpty();
		String id = this.emulator.data().publishedTourId();
		assertThat(this.chameleon.tours().get(id).block().id()).isEqualTo(id);
		assertThat(this.emulator.requests()).hasSize(1);
	}

}
