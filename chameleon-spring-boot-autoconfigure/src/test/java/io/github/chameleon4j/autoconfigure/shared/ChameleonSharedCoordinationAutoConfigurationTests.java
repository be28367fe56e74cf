package io.github.chameleon4j.autoconfigure.shared;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.autoconfigure.resilience.ChameleonResilienceAutoConfiguration;
import io.github.chameleon4j.autoconfigure.webhook.ChameleonWebhookAutoConfiguration;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.SharedCoordination;
import io.github.chameleon4j.shared.RedisSharedCoordination;
import io.github.chameleon4j.shared.RedisTestServer;
import io.github.chameleon4j.webhook.WebhookDeduplicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code chameleon.resilience.shared.*}: off by default; on, the client shares its state through the
 * Redis connection Boot configures, keyed by the client name or the explicit key.
 */
class ChameleonSharedCoordinationAutoConfigurationTests {

	private static RedisTestServer redis;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
				DataRedisReactiveAutoConfiguration.class, ChameleonSharedCoordinationAutoConfiguration.class,
				ChameleonResilienceAutoConfiguration.class, ChameleonAutoConfiguration.class,
				ChameleonWebhookAutoConfiguration.class))
		.withPropertyValues("chameleon.account-secret=acct-secret-7f3e", "spring.data.redis.host=127.0.0.1");

	@BeforeAll
	static void startRedis() {
		redis = RedisTestServer.start();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@Test
	void offByDefault() {
		this.runner.withPropertyValues("spring.data.redis.port=" + redis.port()).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(SharedCoordination.class);
			assertThat(context.getBean(ChameleonResilience.class).coordination()).isEqualTo("local");
		});
	}

	@Test
	void whenEnabledTheClientSharesItsStateThroughBootsRedisConnection() {
		this.runner
			.withPropertyValues("spring.data.redis.port=" + redis.port(), "chameleon.resilience.shared.enabled=true",
					"chameleon.client-name=billing", "chameleon.webhooks.secret=whsec-1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SharedCoordination.class)).isInstanceOf(RedisSharedCoordination.class)
					.hasToString("RedisSharedCoordination[chameleon:{billing}:]")
					.asString()
					.doesNotContain("acct-secret-7f3e");
				// 1 s by default: long enough for a starved replica's late answer, and an outage costs one timeout
				assertThat(context.getBean(ChameleonSharedProperties.class).getTimeout())
					.isEqualTo(Duration.ofSeconds(1));
				ChameleonResilience policy = context.getBean(ChameleonResilience.class);
				assertThat(policy.coordination()).isEqualTo("shared");
				assertThat(policy.apply(new io.github.chameleon4j.resilience.CallDescriptor(
						org.springframework.http.HttpMethod.GET, "/v3/test", true, null, null), Mono.just("ok"))
					.block(Duration.ofSeconds(10))).isEqualTo("ok");
				assertThat(policy.coordination()).isEqualTo("shared");
				assertThat(policy.coordinationFallbacks()).isZero();
				assertThat(context.getBean(WebhookDeduplicator.class)).hasToString(
						"SharedWebhookDeduplicator[local=WebhookDeduplicator[window=PT48H, maxEntries=10000], "
								+ "store=RedisWebhookDeduplication[chameleon:{billing}:webhook:], timeout=PT1S]");
			});
	}

	@Test
	void anExplicitKeyNamesTheKeys() {
		this.runner
			.withPropertyValues("spring.data.redis.port=" + redis.port(), "chameleon.resilience.shared.enabled=true",
					"chameleon.resilience.shared.key=shop-eu")
			.run((context) -> assertThat(context.getBean(SharedCoordination.class))
				.hasToString("RedisSharedCoordination[chameleon:{shop-eu}:]"));
	}

	@Test
	void anInvalidFallbackShareFailsAtStartupNamingTheProperty() {
		this.runner
			.withPropertyValues("spring.data.redis.port=" + redis.port(), "chameleon.resilience.shared.enabled=true",
					"chameleon.resilience.shared.fallback-share=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chameleon.resilience.shared.fallback-share"));
	}

	@Test
	void enabledWithoutSpringDataRedisFailsAtStartupNamingTheProperty() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.withPropertyValues("chameleon.resilience.shared.enabled=true")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chameleon.resilience.shared.enabled"));
	}

}
