package io.github.chameleon4j.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.blocking.BlockingChameleonOperations;

import static org.assertj.core.api.Assertions.assertThat;

class ChameleonBlockingAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(ChameleonAutoConfiguration.class,
			ChameleonBlockingAutoConfiguration.class);

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS)
		.withPropertyValues("chameleon.account-secret=top-secret");

	@Test
	void inAServletApplicationTheBlockingViewOfTheClientIsABean() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(BlockingChameleonOperations.class);
			assertThat(context.getBean(BlockingChameleonOperations.class))
				.hasToString("Blocking" + context.getBean(ChameleonOperations.class));
		});
	}

	@Test
	void inAReactiveOrNonWebApplicationThereIsNone() {
		new ReactiveWebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("chameleon.account-secret=top-secret")
			.run((context) -> assertThat(context).hasSingleBean(ChameleonOperations.class)
				.doesNotHaveBean(BlockingChameleonOperations.class));
		new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("chameleon.account-secret=top-secret")
			.run((context) -> assertThat(context).hasSingleBean(ChameleonOperations.class)
				.doesNotHaveBean(BlockingChameleonOperations.class));
	}

	@Test
	void inAWebhookOnlyApplicationThereIsNoClientAndNoBlockingView() {
		this.contextRunner.withPropertyValues("chameleon.account-secret=", "chameleon.webhooks.secret=whsec")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ChameleonOperations.class)
				.doesNotHaveBean(BlockingChameleonOperations.class));
	}

	@Test
	void whenTheUserDefinesOneTheAutoConfigurationBacksOff() {
		this.contextRunner.withUserConfiguration(UserBlockingConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(BlockingChameleonOperations.class)
				.getBean(BlockingChameleonOperations.class)
				.isSameAs(context.getBean(UserBlockingConfiguration.class).blocking));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBlockingConfiguration {

		BlockingChameleonOperations blocking;

		@Bean
		BlockingChameleonOperations myBlockingChameleon(ChameleonOperations chameleon) {
			this.blocking = chameleon.withDeadline(Duration.ofSeconds(5)).blocking();
			return this.blocking;
		}

	}

}
