package io.github.chameleon4j.test.spring.suite;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.resilience.ResilienceState;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.spring.AutoConfigureChameleonEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Last class of the suite: starts where {@link SuiteCooldownTests} left a ten-minute cool-down, and shows that
 * thirty sequential calls are not paced (before the reset and pacing-off, the users' suite took 12.5 s for them).
 */
@Order(3)
@SpringBootTest(classes = SuiteApplication.class,
		properties = { "chameleon.resilience.retry.initial-backoff=5ms", "chameleon.resilience.retry.max-backoff=5ms" })
@AutoConfigureChameleonEmulator(seedProfiles = 5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteAfterFaultsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ChameleonEmulator emulator;

	@Autowired
	ChameleonOperations chameleon;

	@Autowired
	ResilienceState state;

	@Test
	@Order(1)
	void startsClean() {
		CleanClient.assertSharedContext(this.context);
		CleanClient.assertCleanAndTheFirstCallSucceedsAtOnce(this.emulator, this.chameleon, this.state);
	}

	@Test
	@Order(2)
	void thirtySequentialCallsAreNeitherPacedNorCountedAgainstAPace() {
		CleanClient.assertCleanAndTheFirstCallSucceedsAtOnce(this.emulator, this.chameleon, this.state);
		String id = this.emulator.data().publishedTourId();
		for (int i = 0; i < 29; i++) {
			this.chameleon.tours().get(id).block();
		}
		assertThat(this.emulator.requests()).hasSize(30);
		// no pace exists to lower or to wait on: the state reports it off
		assertThat(this.state.currentPacePerMinute()).isZero();
	}

}
