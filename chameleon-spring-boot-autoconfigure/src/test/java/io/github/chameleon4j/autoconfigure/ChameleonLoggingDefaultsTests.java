package io.github.chameleon4j.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ChameleonLoggingDefaultsTests {

	private static final String LEVEL = "logging.level.reactor.netty.http.client.HttpClientConnect";

	private StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("app", properties));
		new ChameleonLoggingDefaults().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void anApplicationThatConfiguresTheClientGetsReactorNettysConnectWarningsAtErrorByDefault() {
		StandardEnvironment environment = environment(Map.of("chameleon.account-secret", "s"));
		assertThat(environment.getProperty(LEVEL)).isEqualTo("ERROR");
		assertThat(environment.getProperty("logging.level.reactor.netty.channel.FluxReceive")).isEqualTo("ERROR");
	}

	@Test
	void theApplicationsOwnLevelWins() {
		assertThat(environment(Map.of("chameleon.account-secret", "s", LEVEL, "warn")).getProperty(LEVEL))
			.isEqualTo("warn");
	}

	@Test
	void anApplicationWithoutTheClientIsLeftAlone() {
		StandardEnvironment environment = environment(Map.of("chameleon.webhooks.secret", "w"));
		assertThat(environment.getProperty(LEVEL)).isNull();
		assertThat(environment.getPropertySources().contains(ChameleonLoggingDefaults.PROPERTY_SOURCE_NAME)).isFalse();
	}

}
