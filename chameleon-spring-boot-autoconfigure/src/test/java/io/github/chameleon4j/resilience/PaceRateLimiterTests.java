package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.ratelimiter.event.RateLimiterEvent;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The global pace as a Resilience4j {@link RateLimiter}, with an injected clock. */
class PaceRateLimiterTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final List<Duration> paceWaits = new CopyOnWriteArrayList<>();

	/** 60 a minute in a one-minute window, bursts of 2. */
	private ChameleonResilienceBuilder builder() {
		return ChameleonResilience.builder()
			.clock(this.clock)
			.scheduler(this.vts)
			.random(() -> 0.0)
			.pace((p) -> p.mode(PaceMode.FIXED).requestsPerMinute(60).burst(2))
			.listener(new ResilienceListener() {
				@Override
				public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
					if (reason == WaitReason.PACE) {
						PaceRateLimiterTests.this.paceWaits.add(waited);
					}
				}
			});
	}

	@Test
	void reservationsThroughTheLimiterCountAgainstTheSamePaceAsTheClientsRequests() {
		ChameleonResilience policy = builder().build();
		RateLimiter limiter = policy.rateLimiter().orElseThrow();
		// a caller's own work, decorated with Resilience4j's operator, takes the burst
		StepVerifier.create(Mono.just("mine").transformDeferred(RateLimiterOperator.of(limiter)))
			.expectNext("mine")
			.verifyComplete();
		assertThat(limiter.reservePermission()).isZero();
		assertThat(limiter.reservePermission()).isEqualTo(Duration.ofSeconds(1).toNanos());
		// so the client's next request waits behind them
		policy.apply(GET, Mono.just("ok")).subscribe();
		this.vts.advanceTimeBy(Duration.ofSeconds(5));
		assertThat(this.paceWaits).containsExactly(Duration.ofSeconds(2));
	}

	@Test
	void aWaitLongerThanTheTimeoutIsRefusedAndReservesNothing() {
		ChameleonResilience policy = builder().build();
		RateLimiter limiter = policy.rateLimiter().orElseThrow();
		limiter.changeTimeoutDuration(Duration.ZERO);
		assertThat(limiter.acquirePermission(2)).isTrue();
		assertThat(limiter.reservePermission()).isEqualTo(-1);
		assertThat(limiter.acquirePermission()).isFalse();
		StepVerifier.create(Mono.just("mine").transformDeferred(RateLimiterOperator.of(limiter)))
			.verifyError(RequestNotPermitted.class);
		limiter.changeTimeoutDuration(Duration.ofSeconds(1));
		// nothing was reserved by the refusals: the next slot is still one second away
		assertThat(limiter.reservePermission()).isEqualTo(Duration.ofSeconds(1).toNanos());
		assertThatIllegalArgumentException().isThrownBy(() -> limiter.changeTimeoutDuration(Duration.ofSeconds(-1)))
			.withMessageContaining("timeoutDuration");
		assertThatIllegalArgumentException().isThrownBy(() -> limiter.reservePermission(0))
			.withMessageContaining("permits");
	}

	@Test
	void acquiresAndRefusalsArePublishedAsEventsTheClientsOwnRequestsIncluded() {
		ChameleonResilience policy = builder().build();
		RateLimiter limiter = policy.rateLimiter().orElseThrow();
		List<RateLimiterEvent.Type> events = new CopyOnWriteArrayList<>();
		limiter.getEventPublisher().onEvent((event) -> events.add(event.getEventType()));
		policy.apply(GET, Mono.just("ok")).subscribe();
		limiter.changeTimeoutDuration(Duration.ZERO);
		limiter.acquirePermission();
		limiter.acquirePermission();
		limiter.drainPermissions();
		assertThat(events).containsExactly(RateLimiterEvent.Type.SUCCESSFUL_ACQUIRE,
				RateLimiterEvent.Type.SUCCESSFUL_ACQUIRE, RateLimiterEvent.Type.FAILED_ACQUIRE,
				RateLimiterEvent.Type.DRAINED);
	}

	@Test
	void metricsSayWhatMaySendNowAndHowManyAreWaiting() {
		RateLimiter limiter = builder().build().rateLimiter().orElseThrow();
		assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(2);
		assertThat(limiter.getMetrics().getNumberOfWaitingThreads()).isZero();
		limiter.reservePermission(4);
		assertThat(limiter.getMetrics().getNumberOfWaitingThreads()).isEqualTo(2);
		assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(-2);
		this.vts.advanceTimeBy(Duration.ofSeconds(2));
		assertThat(limiter.getMetrics().getNumberOfWaitingThreads()).isZero();
		// the bucket's next slot is a second away
		assertThat(limiter.getMetrics().getAvailablePermissions()).isZero();
		this.vts.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(1);
		limiter.drainPermissions();
		this.vts.advanceTimeBy(Duration.ofSeconds(30));
		assertThat(limiter.getMetrics().getAvailablePermissions()).as("the window is full until it frees").isZero();
	}

	@Test
	void theConfigReflectsTheCurrentLevelAndChangingTheLimitSetsThePace() {
		ChameleonResilience policy = builder().pace((p) -> p.window(Duration.ofSeconds(10)))
			.retry((r) -> r.enabled(false))
			.build();
		RateLimiter limiter = policy.rateLimiter().orElseThrow();
		RateLimiterConfig config = limiter.getRateLimiterConfig();
		assertThat(config.getLimitForPeriod()).isEqualTo(10);
		assertThat(config.getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(10));
		assertThat(config.getTimeoutDuration()).isEqualTo(RateLimiterConfig.ofDefaults().getTimeoutDuration());
		// a global 429 halves the pace: the config says so
		policy.apply(GET, Mono.error(Failures.status(429, "X-Retry-After", "1"))).subscribe((ok) -> {
		}, (ex) -> {
		});
		assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(5);
		// 20 per 10 s window is 120 a minute, the pace grows back to it
		limiter.changeLimitForPeriod(20);
		assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(5);
		this.vts.advanceTimeBy(Duration.ofMinutes(10));
		assertThat(policy.currentPacePerMinute()).isEqualTo(120);
		assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(20);
		assertThatIllegalArgumentException().isThrownBy(() -> limiter.changeLimitForPeriod(0))
			.withMessageContaining("limitForPeriod");
	}

	@Test
	void theLimiterTakesThePlaceOfAnyInstanceOfItsNameInTheRegistryAndKeepsItsTimeout() {
		RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
		RateLimiter configured = registry.rateLimiter("chameleon",
				RateLimiterConfig.custom().timeoutDuration(Duration.ofMillis(1500)).build());
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		TaggedRateLimiterMetrics.ofRateLimiterRegistry(registry).bindTo(meters);
		ChameleonResilience policy = builder().rateLimiterRegistry(registry).build();
		RateLimiter limiter = policy.rateLimiter().orElseThrow();
		assertThat(limiter).isNotSameAs(configured);
		assertThat(registry.rateLimiter("chameleon")).isSameAs(limiter);
		assertThat(registry.getAllRateLimiters()).containsExactly(limiter);
		assertThat(limiter.getRateLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofMillis(1500));
		limiter.reservePermission();
		assertThat(meters.get("resilience4j.ratelimiter.available.permissions").tag("name", "chameleon").gauge().value())
			.isEqualTo(1.0);
	}

	@Test
	void aRegistryWithoutAnInstanceOfItsNameGetsTheLimiterWithTheDefaultTimeout() {
		RateLimiterRegistry registry = RateLimiterRegistry
			.of(RateLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(3)).build());
		RateLimiter limiter = builder().name("billing").rateLimiterRegistry(registry).build()
			.rateLimiter().orElseThrow();
		assertThat(registry.find("billing")).containsSame(limiter);
		assertThat(limiter.getName()).isEqualTo("billing");
		assertThat(limiter.getRateLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void withPacingOffThereIsNoLimiter() {
		RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).rateLimiterRegistry(registry).build();
		assertThat(policy.rateLimiter()).isEmpty();
		assertThat(registry.getAllRateLimiters()).isEmpty();
	}

}
