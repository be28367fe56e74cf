package io.github.chameleon4j.test.spring.suite;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.Tour;
import io.github.chameleon4j.resilience.ResilienceState;
import io.github.chameleon4j.test.ChameleonEmulator;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** What every test of the suite expects when it starts, whatever the test before it left behind. */
final class CleanClient {

	/** The contexts the suite's classes ran in: one, shared through the context cache. */
	private static final Set<ApplicationContext> contexts = ConcurrentHashMap.newKeySet();

	private CleanClient() {
	}

	/** The suite's classes run in one context: each adds its own, and there is still only one. */
	static void assertSharedContext(ApplicationContext context) {
		contexts.add(context);
		assertThat(contexts).containsExactly(context);
	}

	/**
	 * The client starts closed, open to requests and unpaced, the emulator with no faults and an empty log, and
	 * the first call succeeds with exactly one request (no wait, no retry).
	 */
	static void assertCleanAndTheFirstCallSucceedsAtOnce(ChameleonEmulator emulator, ChameleonOperations chameleon,
			ResilienceState state) {
		assertThat(state.circuitBreakerState()).isEqualTo("CLOSED");
		assertThat(state.cooldownUntil()).isEmpty();
		assertThat(state.recentRateLimitEvents()).isEmpty();
		assertThat(state.loweredLaneCaps()).isEmpty();
		assertThat(state.currentPacePerMinute()).as("pacing is off under the annotation").isZero();
		assertThat(emulator.requests()).isEmpty();
		String id = emulator.data().publishedTourId();
		Tour tour = chameleon.tours().get(id).block();
		assertThat(tour.id()).isEqualTo(id);
		assertThat(emulator.requests()).singleElement()
			.satisfies((request) -> assertThat(request.status()).isEqualTo(200));
	}

}
