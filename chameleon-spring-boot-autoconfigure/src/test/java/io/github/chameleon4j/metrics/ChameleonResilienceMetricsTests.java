package io.github.chameleon4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import io.github.chameleon4j.error.ChameleonTransportException;
import io.github.chameleon4j.error.RateLimitStrategy;
import io.github.chameleon4j.error.WaitHint;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.WaitReason;

class ChameleonResilienceMetricsTests {

	private static final CallDescriptor CALL = new CallDescriptor(HttpMethod.GET, "/v3/edit/tours/{id}", true, null,
			null);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ChameleonResilienceMetrics metrics = new ChameleonResilienceMetrics(this.registry, "chameleon");

	@Test
	void waitTimersAndHintCountersExistBeforeAnythingHappens() {
		assertThat(this.registry.find(ChameleonMeters.WAIT).timers()).hasSize(WaitReason.values().length);
		assertThat(this.registry.get(ChameleonMeters.WAIT).tag("reason", "cooldown").timer().count()).isZero();
		assertThat(this.registry.find(ChameleonMeters.RATE_LIMIT_HINTS).counters())
			.hasSize(RateLimitStrategy.values().length);
	}

	@Test
	void whenCallWaitsForTheCooldownThenTheWaitIsTimedUnderThatReason() {
		this.metrics.onWait(CALL, WaitReason.COOLDOWN, Duration.ofSeconds(12));
		this.metrics.onWait(CALL, WaitReason.PACE, Duration.ofMillis(250));

		assertThat(this.registry.get(ChameleonMeters.WAIT).tag("client", "chameleon").tag("reason", "cooldown").timer()
			.totalTime(TimeUnit.SECONDS)).isEqualTo(12.0);
		assertThat(this.registry.get(ChameleonMeters.WAIT).tag("reason", "pace").timer().count()).isEqualTo(1);
		assertThat(this.registry.get(ChameleonMeters.WAIT).tag("reason", "permit").timer().count()).isZero();
	}

	@Test
	void whenHintArrivesThenItIsCountedByStrategy() {
		this.metrics.onWaitHint(CALL, new WaitHint(RateLimitStrategy.GLOBAL, Duration.ofSeconds(3), true,
				OptionalInt.empty()));
		this.metrics.onWaitHint(CALL, new WaitHint(RateLimitStrategy.GLOBAL, Duration.ofSeconds(1), true,
				OptionalInt.empty()));

		assertThat(this.registry.get(ChameleonMeters.RATE_LIMIT_HINTS).tag("strategy", "global").counter().count())
			.isEqualTo(2.0);
		assertThat(this.registry.get(ChameleonMeters.RATE_LIMIT_HINTS).tag("strategy", "bucket").counter().count())
			.isZero();
	}

	@Test
	void whenAttemptIsRetriedThenTheRetryIsCountedByErrorKind() {
		this.metrics.onRetry(CALL, 1, new ChameleonTransportException("reset", HttpMethod.GET, "/v3/edit/tours/t-1",
				true, new RuntimeException("reset")), Duration.ofMillis(200));
		this.metrics.onRetry(CALL, 1, new IllegalStateException("other"), Duration.ofMillis(200));

		assertThat(this.registry.get(ChameleonMeters.RETRIES).tag("error.kind", "TRANSPORT").counter().count())
			.isEqualTo(1.0);
		assertThat(this.registry.get(ChameleonMeters.RETRIES).tag("error.kind", "none").counter().count())
			.isEqualTo(1.0);
	}

}
