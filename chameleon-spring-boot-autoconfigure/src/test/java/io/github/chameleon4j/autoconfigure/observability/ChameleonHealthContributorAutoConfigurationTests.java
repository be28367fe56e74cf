package io.github.chameleon4j.autoconfigure.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.metrics.FakeResilienceState;

class ChameleonHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonAutoConfiguration.class,
				ChameleonHealthContributorAutoConfiguration.class))
		.withPropertyValues("chameleon.account-secret=s");

	@Test
	void whenHealthIsAvailableThenTheChameleonIndicatorIsRegisteredAndNeverDownByDefault() {
		this.contextRunner.withBean(FakeResilienceState.class, ChameleonHealthContributorAutoConfigurationTests::rejected)
			.run((context) -> {
				assertThat(context).hasBean("chameleonHealthIndicator");
				assertThat(context.getBean(ChameleonHealthIndicator.class).health().getStatus())
					.isEqualTo(ChameleonHealthIndicator.CREDENTIALS_REJECTED);
			});
	}

	@Test
	void whenDownOnFailureIsSetThenRejectedCredentialsAreDown() {
		this.contextRunner.withBean(FakeResilienceState.class, ChameleonHealthContributorAutoConfigurationTests::rejected)
			.withPropertyValues("management.health.chameleon.down-on-failure=true")
			.run((context) -> assertThat(context.getBean(ChameleonHealthIndicator.class).health().getStatus())
				.isEqualTo(Status.DOWN));
	}

	private static FakeResilienceState rejected() {
		FakeResilienceState state = new FakeResilienceState();
		state.credentialsRejected = true;
		return state;
	}

	@Test
	void whenDisabledByPropertyThenItBacksOff() {
		this.contextRunner.withPropertyValues("management.health.chameleon.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ChameleonHealthIndicator.class));
	}

	@Test
	void whenHealthSupportIsAbsentThenItBacksOff() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ChameleonHealthIndicator.class));
	}

}
