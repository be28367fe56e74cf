package io.github.chameleon4j.autoconfigure.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.autoconfigure.ChameleonAutoConfiguration;
import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.PaceMode;
import io.github.chameleon4j.resilience.ResilienceListener;
import io.github.chameleon4j.resilience.WaitReason;

import static org.assertj.core.api.Assertions.assertThat;

class ChameleonResilienceAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonResilienceAutoConfiguration.class, ChameleonAutoConfiguration.class))
		.withPropertyValues("chameleon.account-secret=s");

	@Test
	void theBreakerDefaultsToAShortTimeWindowAndAShortOpenStateThatGrowsWhileProbesFail() {
		this.runner.run((context) -> {
			CircuitBreakerConfig breaker = context.getBean(ChameleonResilience.class).circuitBreaker().orElseThrow()
				.getCircuitBreakerConfig();
			assertThat(breaker.getSlidingWindowType()).isEqualTo(CircuitBreakerConfig.SlidingWindowType.TIME_BASED);
			assertThat(breaker.getSlidingWindowSize()).isEqualTo(4);
			assertThat(breaker.getMinimumNumberOfCalls()).isEqualTo(5);
			assertThat(breaker.getFailureRateThreshold()).isEqualTo(50F);
			assertThat(List.of(1, 2, 3, 4)).map(breaker.getWaitIntervalFunctionInOpenState()::apply)
				.containsExactly(2_000L, 4_000L, 4_000L, 4_000L);
		});
	}

	@Test
	void anInvalidBreakerWindowFailsNamingTheProperty() {
		this.runner.withPropertyValues("chameleon.resilience.circuit-breaker.window=500ms")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chameleon.resilience.circuit-breaker.window must be a whole number of seconds"));
	}

	@Test
	void definesTheResiliencePolicyWithDefaults() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ChameleonResilience.class).hasSingleBean(ChameleonOperations.class);
			ChameleonResilience resilience = context.getBean(ChameleonResilience.class);
			// adaptive, starting at the top of the documented 60-120
			assertThat(resilience.currentPacePerMinute()).isEqualTo(120);
			assertThat(resilience.concurrencyCap()).isEqualTo(16);
			assertThat(resilience.circuitBreakerState()).isEqualTo("CLOSED");
			assertThat(resilience.retry()).get().satisfies((retry) -> {
				assertThat(retry.getName()).isEqualTo("chameleon");
				assertThat(retry.getRetryConfig().getMaxAttempts()).isEqualTo(4);
			});
		});
	}

	@Test
	void bindsProperties() {
		this.runner
			.withPropertyValues("chameleon.client-name=billing", "chameleon.resilience.pace.requests-per-minute=60",
					"chameleon.resilience.concurrency.max-in-flight=3", "chameleon.resilience.retry.max-attempts=2",
					"chameleon.resilience.circuit-breaker.open-duration=1s", "chameleon.resilience.deadline=5s",
					"chameleon.resilience.circuit-breaker.max-open-duration=10s",
					"chameleon.resilience.circuit-breaker.window=6s", "chameleon.resilience.circuit-breaker.minimum-calls=7")
			.run((context) -> {
				ChameleonResilience resilience = context.getBean(ChameleonResilience.class);
				assertThat(resilience.currentPacePerMinute()).isEqualTo(60);
				assertThat(resilience.concurrencyCap()).isEqualTo(3);
				assertThat(resilience.retry().orElseThrow().getName()).isEqualTo("billing");
				assertThat(resilience.retry().orElseThrow().getRetryConfig().getMaxAttempts()).isEqualTo(2);
				CircuitBreakerConfig breaker = resilience.circuitBreaker().orElseThrow().getCircuitBreakerConfig();
				assertThat(breaker.getMinimumNumberOfCalls()).isEqualTo(7);
				assertThat(breaker.getSlidingWindowType()).isEqualTo(CircuitBreakerConfig.SlidingWindowType.TIME_BASED);
				assertThat(breaker.getSlidingWindowSize()).isEqualTo(6);
				// open 1s, then 2s, 4s, 8s, and never more than 10s
				assertThat(List.of(1, 2, 4, 5, 9)).map(breaker.getWaitIntervalFunctionInOpenState()::apply)
					.containsExactly(1_000L, 2_000L, 8_000L, 10_000L, 10_000L);
				ChameleonResilienceProperties properties = context.getBean(ChameleonResilienceProperties.class);
				assertThat(properties.getDeadline()).isEqualTo(Duration.ofSeconds(5));
				assertThat(properties.getCircuitBreaker().getOpenDuration()).isEqualTo(Duration.ofSeconds(1));
			});
	}

	@Test
	void registersThePaceAsARateLimiterInTheApplicationsRegistry() {
		this.runner.withPropertyValues("chameleon.client-name=billing")
			.withBean(RateLimiterRegistry.class, RateLimiterRegistry::ofDefaults)
			.run((context) -> {
				RateLimiter limiter = context.getBean(ChameleonResilience.class).rateLimiter().orElseThrow();
				assertThat(context.getBean(RateLimiterRegistry.class).find("billing")).containsSame(limiter);
				assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(120);
			});
	}

	@Test
	void bindsThePaceModeAndProbeInterval() {
		this.runner
			.withPropertyValues("chameleon.resilience.pace.mode=fixed", "chameleon.resilience.pace.probe-interval=2m")
			.run((context) -> {
				ChameleonResilienceProperties properties = context.getBean(ChameleonResilienceProperties.class);
				assertThat(properties.getPace().getMode()).isEqualTo(PaceMode.FIXED);
				assertThat(properties.getPace().getProbeInterval()).isEqualTo(Duration.ofMinutes(2));
				assertThat(context.getBean(ChameleonResilience.class).rateLimiter().orElseThrow())
					.hasToString("PaceRateLimiter{name='chameleon', mode=FIXED, perMinute=120.0, window=PT1M}");
			});
		this.runner.withPropertyValues("chameleon.resilience.pace.probe-interval=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("pace.probeInterval"));
	}

	@Test
	void bindsThePaceWindow() {
		// 60/min in a 10s window: 10 requests, so the 11th waits for the window plus its 100ms margin
		assertThat(paceWaitOfTheEleventhCall("chameleon.resilience.pace.window=10s")).containsExactly(Duration.ofMillis(10_100));
		// with the default one-minute window only the token bucket spaces it (1s)
		assertThat(paceWaitOfTheEleventhCall()).containsExactly(Duration.ofSeconds(1));
	}

	private List<Duration> paceWaitOfTheEleventhCall(String... properties) {
		VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
		List<Duration> waits = new CopyOnWriteArrayList<>();
		ResilienceListener listener = new ResilienceListener() {
			@Override
			public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
				if (reason == WaitReason.PACE) {
					waits.add(waited);
				}
			}
		};
		this.runner.withPropertyValues("chameleon.resilience.pace.requests-per-minute=60")
			.withPropertyValues(properties)
			.withBean(ChameleonResilienceCustomizer.class, () -> (builder) -> builder
				.clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).scheduler(scheduler).listener(listener))
			.run((context) -> {
				ChameleonResilience resilience = context.getBean(ChameleonResilience.class);
				CallDescriptor call = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);
				for (int i = 0; i < 11; i++) {
					resilience.apply(call, Mono.just("ok")).subscribe();
				}
				scheduler.advanceTimeBy(Duration.ofMinutes(1));
			});
		return waits;
	}

	@Test
	void partsCanBeSwitchedOff() {
		this.runner
			.withPropertyValues("chameleon.resilience.pace.enabled=false", "chameleon.resilience.retry.enabled=false",
					"chameleon.resilience.circuit-breaker.enabled=false")
			.run((context) -> {
				ChameleonResilience resilience = context.getBean(ChameleonResilience.class);
				assertThat(resilience.currentPacePerMinute()).isZero();
				assertThat(resilience.retry()).isEmpty();
				assertThat(resilience.circuitBreakerState()).isEqualTo("DISABLED");
			});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnPolicy() {
		this.runner.withUserConfiguration(OwnPolicy.class).run((context) -> {
			assertThat(context).doesNotHaveBean(ChameleonResilience.class);
			assertThat(context).hasSingleBean(CallPolicy.class).hasSingleBean(ChameleonOperations.class);
		});
	}

	@Test
	void backsOffWithoutResilience4j() {
		this.runner.withClassLoader(new FilteredClassLoader("io.github.resilience4j.retry"))
			.run((context) -> assertThat(context).doesNotHaveBean(ChameleonResilience.class));
	}

	@Test
	void registersItsInstancesInTheApplicationsRegistries() {
		this.runner.withUserConfiguration(Registries.class).run((context) -> {
			assertThat(context.getBean(RetryRegistry.class).find("chameleon")).isPresent();
			assertThat(context.getBean(CircuitBreakerRegistry.class).find("chameleon")).isPresent();
			assertThat(context.getBean(RetryRegistry.class).find("chameleon").orElseThrow())
				.isSameAs(context.getBean(ChameleonResilience.class).retry().orElseThrow());
		});
	}

	@Test
	void appliesListenersAndCustomizers() {
		this.runner.withUserConfiguration(Customized.class).run((context) -> {
			ChameleonResilience resilience = context.getBean(ChameleonResilience.class);
			assertThat(resilience.concurrencyCap()).isEqualTo(2);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnPolicy {

		@Bean
		CallPolicy ownPolicy() {
			return CallPolicy.direct();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registries {

		@Bean
		RetryRegistry retryRegistry() {
			return RetryRegistry.ofDefaults();
		}

		@Bean
		CircuitBreakerRegistry circuitBreakerRegistry() {
			return CircuitBreakerRegistry.ofDefaults();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Customized {

		@Bean
		ResilienceListener listener() {
			return new ResilienceListener() {
			};
		}

		@Bean
		ChameleonResilienceCustomizer customizer() {
			return (builder) -> builder.concurrency((c) -> c.maxInFlight(2));
		}

	}

}
