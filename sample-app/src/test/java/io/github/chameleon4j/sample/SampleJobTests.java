package io.github.chameleon4j.sample;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.chameleon4j.test.ChameleonEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the sample job against the embedded emulator (rate limits on, faults off so the counts are
 * exact) and checks its summary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "sample.users=20", "sample.deliveries=10", "chameleon.resilience.pace.requests-per-minute=600" })
class SampleJobTests {

	static final ChameleonEmulator emulator = EmbeddedChameleon.start();

	@DynamicPropertySource
	static void chameleon(DynamicPropertyRegistry registry) {
		emulator.faults().clear();
		registry.add("chameleon.base-url", emulator::baseUrl);
		registry.add("chameleon.account-secret", emulator::accountSecret);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Autowired
	SampleJob job;

	@Test
	void jobSyncsUsersPagesProfilesAndQueuesDeliveries() {
		JobSummary summary = this.job.summary();
		assertThat(summary).isNotNull();
		assertThat(summary.identified()).isEqualTo(20);
		assertThat(summary.profilesPaged()).isGreaterThanOrEqualTo(300 + 20);
		assertThat(summary.deliveriesCreated()).isPositive();
		assertThat(summary.deliveriesCreated() + summary.deliveriesFailed()).isLessThanOrEqualTo(10);
		assertThat(summary.report()).contains("identified: 20");
		assertThat(emulator.requests()).isNotEmpty()
			.allSatisfy((request) -> assertThat(request.path()).doesNotContain(emulator.accountSecret()));
	}

}
