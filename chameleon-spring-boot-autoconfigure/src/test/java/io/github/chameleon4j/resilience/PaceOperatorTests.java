package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/** The pace operator under virtual time: callers already waiting for a slot when a 429 lowers the pace. */
class PaceOperatorTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final List<Instant> sends = new CopyOnWriteArrayList<>();

	private final List<Duration> paceWaits = new CopyOnWriteArrayList<>();

	/** An attempt that records its send; the first one is answered with a global 429 after 100 ms. */
	private Mono<String> attempt(AtomicBoolean answered) {
		return Mono.defer(() -> {
			this.sends.add(this.clock.instant());
			return answered.compareAndSet(false, true)
					? Mono.delay(Duration.ofMillis(100), this.vts).then(Mono.error(Failures.status(429, "X-Retry-After", "1")))
					: Mono.just("ok");
		});
	}

	@Test
	void whenA429LowersThePaceThenTheCallersAlreadyWaitingGoOutAtTheLowerPace() {
		ChameleonResilience policy = ChameleonResilience.builder()
			.clock(this.clock)
			.scheduler(this.vts)
			.pace((p) -> p.mode(PaceMode.FIXED).requestsPerMinute(120).burst(1))
			// neither the gate nor a retry: only the pace spaces the calls
			.cooldown((c) -> c.enabled(false))
			.retry((r) -> r.enabled(false))
			.listener(new ResilienceListener() {
				@Override
				public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
					if (reason == WaitReason.PACE) {
						PaceOperatorTests.this.paceWaits.add(waited);
					}
				}
			})
			.build();
		AtomicBoolean answered = new AtomicBoolean();
		for (int i = 0; i < 5; i++) {
			policy.apply(GET, attempt(answered)).onErrorResume((ex) -> Mono.empty()).subscribe();
		}
		this.vts.advanceTimeBy(Duration.ofSeconds(10));
		// reserved 500 ms apart at 120 a minute; the first one's 429, at 100 ms, halves the pace before
		// the others are due: they go out a second apart from then on, in the order they reserved
		assertThat(this.sends).extracting((sent) -> Duration.between(Instant.EPOCH, sent))
			.containsExactly(Duration.ZERO, Duration.ofMillis(1100), Duration.ofMillis(2100), Duration.ofMillis(3100),
					Duration.ofMillis(4100));
		// each caller's wait is reported once, in full
		assertThat(this.paceWaits).containsExactly(Duration.ofMillis(1100), Duration.ofMillis(2100),
				Duration.ofMillis(3100), Duration.ofMillis(4100));
	}

}
