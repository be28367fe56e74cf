package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

import io.github.chameleon4j.error.ChameleonAuthenticationException;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.RateLimitStrategy;

/**
 * What Chameleon's answers say about the account, applied to the shared state for every caller: a
 * global or bucket 429 closes the cool-down gate, a global one also lowers the pace, a concurrency
 * 429 lowers the cap of the call's lane; a 403 marks the credentials rejected until a call
 * succeeds. Keeps the most recent 429s for the Actuator endpoint.
 */
final class ServerSignals {

	private static final int RECENT_EVENTS = 20;

	private final Clock clock;

	@Nullable
	private final CooldownGate gate;

	@Nullable
	private final GlobalPace pace;

	@Nullable
	private final ConcurrencyPermits permits;

	private final ResilienceListener listener;

	@Nullable
	private final SharedCoordinator shared;

	private final AtomicBoolean credentialsRejected = new AtomicBoolean();

	private final Deque<RateLimitEvent> recentEvents = new ConcurrentLinkedDeque<>();

	ServerSignals(Clock clock, @Nullable CooldownGate gate, @Nullable GlobalPace pace,
			@Nullable ConcurrencyPermits permits, ResilienceListener listener, @Nullable SharedCoordinator shared) {
		this.shared = shared;
		this.clock = clock;
		this.gate = gate;
		this.pace = pace;
		this.permits = permits;
		this.listener = listener;
	}

	/** An attempt succeeded: the credentials work. */
	void succeeded() {
		// read first: most calls succeed, and a write on every one would contend across threads
		if (this.credentialsRejected.get()) {
			this.credentialsRejected.set(false);
		}
	}

	/**
	 * Applies what a failed attempt says.
	 * @param call the call
	 * @param failure the attempt's failure
	 * @return the failure to signal: for a 429, a copy that says when requests may be sent again
	 */
	Throwable failed(CallDescriptor call, Throwable failure) {
		if (failure instanceof ChameleonAuthenticationException) {
			this.credentialsRejected.set(true);
		}
		return (failure instanceof ChameleonRateLimitException limited) ? limited.withRetryAt(limited(call, limited))
				: failure;
	}

	private Instant limited(CallDescriptor call, ChameleonRateLimitException limited) {
		Instant retryAt;
		boolean concurrency = limited.strategy() == RateLimitStrategy.CONCURRENCY;
		// a concurrency 429's wait only delays that call's own retry: other callers hold no slot it asked to free
		if (this.gate != null && !concurrency && !limited.retryAfter().isZero()) {
			retryAt = this.gate.close(limited.retryAfter(), limited);
		}
		else {
			retryAt = this.clock.instant().plus(limited.retryAfter());
		}
		if (this.shared != null) {
			this.shared.limited(call, limited, (this.gate != null && !concurrency && !limited.retryAfter().isZero())
					? retryAt : null);
		}
		if (this.pace != null && limited.strategy() == RateLimitStrategy.GLOBAL) {
			this.pace.slowDown();
		}
		if (this.permits != null && concurrency) {
			// the lane the call ran in, or the overall cap for a call outside every lane
			this.permits.lower(call.lane(), limited.waitHint().limit());
		}
		this.recentEvents.addFirst(new RateLimitEvent(this.clock.instant(), limited.strategy(), limited.retryAfter(),
				limited.waitHint().limit(), call.method().name(), call.uriTemplate()));
		while (this.recentEvents.size() > RECENT_EVENTS) {
			this.recentEvents.pollLast();
		}
		this.listener.onWaitHint(call, limited.waitHint());
		return retryAt;
	}

	/** Forgets a rejected secret and the recent 429s (for tests). */
	void reset() {
		this.credentialsRejected.set(false);
		this.recentEvents.clear();
	}

	boolean credentialsRejected() {
		return this.credentialsRejected.get();
	}

	List<RateLimitEvent> recentRateLimitEvents() {
		return List.copyOf(new ArrayList<>(this.recentEvents));
	}

}
