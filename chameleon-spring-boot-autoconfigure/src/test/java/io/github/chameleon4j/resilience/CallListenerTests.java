package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;
import reactor.util.context.Context;

import io.github.chameleon4j.error.ChameleonException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener of one call, carried in its subscriber context under
 * {@link ResilienceListener#CONTEXT_KEY}, hears that call's waits and retries, besides the
 * policy's own listeners, and nothing of other calls.
 */
class CallListenerTests {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/test", true, null, null);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final Recorder policyListener = new Recorder();

	private ChameleonResilienceBuilder builder() {
		return ChameleonResilience.builder().clock(new VirtualClock(this.vts)).scheduler(this.vts).random(() -> 0.0)
			.cooldown((c) -> c.maxJitter(Duration.ZERO)).listener(this.policyListener);
	}

	@Test
	void whenTheSecondCallWaitsForThePaceThenOnlyItsOwnListenerHearsIt() {
		ChameleonResilience policy = builder().pace((p) -> p.requestsPerMinute(60)).pace((p) -> p.burst(1)).build();
		Recorder first = new Recorder();
		Recorder second = new Recorder();
		policy.apply(GET, Mono.just("ok")).contextWrite(Context.of(ResilienceListener.CONTEXT_KEY, first)).subscribe();
		policy.apply(GET, Mono.just("ok")).contextWrite(Context.of(ResilienceListener.CONTEXT_KEY, second)).subscribe();
		this.vts.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(first.heard).isEmpty();
		assertThat(second.heard).containsExactly("PACE PT1S");
		assertThat(this.policyListener.heard).containsExactly("PACE PT1S");
	}

	@Test
	void whenACallWaitsForAPermitThenItsListenerHearsHowLong() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).concurrency((c) -> c.maxInFlight(1)).build();
		Sinks.One<String> held = Sinks.one();
		Recorder waiting = new Recorder();
		List<String> results = new CopyOnWriteArrayList<>();
		policy.apply(GET, held.asMono()).subscribe(results::add);
		policy.apply(GET, Mono.just("second")).contextWrite(Context.of(ResilienceListener.CONTEXT_KEY, waiting))
			.subscribe(results::add);
		this.vts.advanceTimeBy(Duration.ofSeconds(3));
		held.tryEmitValue("first");
		assertThat(results).containsExactlyInAnyOrder("first", "second");
		assertThat(waiting.heard).containsExactly("PERMIT PT3S");
		assertThat(this.policyListener.heard).containsExactly("PERMIT PT3S");
	}

	@Test
	void whenAFailedAttemptIsRetriedThenTheCallsListenerHearsTheRetryAndTheBackoff() {
		ChameleonResilience policy = builder().pace((p) -> p.enabled(false)).build();
		Recorder own = new Recorder();
		List<RuntimeException> script = new CopyOnWriteArrayList<>(List.of(Failures.status(503)));
		Mono<String> attempt = Mono.defer(() -> script.isEmpty() ? Mono.just("ok") : Mono.error(script.remove(0)));
		List<String> results = new CopyOnWriteArrayList<>();
		policy.apply(GET, attempt).contextWrite(Context.of(ResilienceListener.CONTEXT_KEY, own)).subscribe(results::add);
		this.vts.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(results).containsExactly("ok");
		assertThat(own.heard).containsExactly("RETRY 1 SERVER_ERROR PT0.5S", "BACKOFF PT0.5S");
		assertThat(this.policyListener.heard).isEqualTo(own.heard);
	}

	private static final class Recorder implements ResilienceListener {

		private final List<String> heard = new CopyOnWriteArrayList<>();

		@Override
		public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
			this.heard.add(reason + " " + waited);
		}

		@Override
		public void onRetry(CallDescriptor call, int attempt, Throwable failure, Duration delay) {
			String kind = (failure instanceof ChameleonException chameleon)
					? chameleon.kind().name() : failure.getClass().getSimpleName();
			this.heard.add("RETRY " + attempt + " " + kind + " " + delay);
		}

	}

}
