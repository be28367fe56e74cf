package io.github.chameleon4j.test.spring.suite;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonCircuitOpenException;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.resilience.ResilienceState;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.Fault;
import io.github.chameleon4j.test.spring.AutoConfigureChameleonEmulator;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * First class of the suite: leaves the shared client's circuit open. Every class of the suite has the same
 * configuration, so they share one cached context, one emulator and one client; short retry backoffs keep the
 * 500s quick, as a user's test configuration might.
 */
@Order(1)
@SpringBootTest(classes = SuiteApplication.class,
		properties = { "chameleon.resilience.retry.initial-backoff=5ms", "chameleon.resilience.retry.max-backoff=5ms" })
@AutoConfigureChameleonEmulator(seedProfiles = 5)
class SuiteBreakerTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ChameleonEmulator emulator;

	@Autowired
	ChameleonOperations chameleon;

	@Autowired
	ResilienceState state;

	@Test
	void startsCleanThenLeavesTheCircuitOpen() {
		CleanClient.assertSharedContext(this.context);
		CleanClient.assertCleanAndTheFirstCallSucceedsAtOnce(this.emulator, this.chameleon, this.state);

		this.emulator.faults().failNext(100, Fault.internalError());
		String id = this.emulator.data().publishedTourId();
		for (int call = 0; call < 10 && !this.state.circuitBreakerState().equals("OPEN"); call++) {
			assertThatExceptionOfType(ChameleonException.class)
				.isThrownBy(() -> this.chameleon.tours().get(id).block());
		}

		assertThat(this.state.circuitBreakerState()).isEqualTo("OPEN");
		int sent = this.emulator.requests().size();
		assertThatExceptionOfType(ChameleonCircuitOpenException.class)
			.isThrownBy(() -> this.chameleon.tours().get(id).block());
		assertThat(this.emulator.requests()).hasSize(sent);
	}

}
