package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.error.ResponseDetails;
import io.github.chameleon4j.error.WaitHint;

/**
 * One shared cool-down for the whole client: a 429 with a wait hint closes the gate until
 * {@code now + hint}, and every caller, already waiting or new, waits there without blocking a
 * thread. Waiters re-check the gate when they wake (a later 429 may have extended it) and add
 * their own random jitter on top of the hint (never subtracted), so a crowd does not return at once.
 */
public final class CooldownGate {

	private final Clock clock;

	private final Scheduler scheduler;

	private final Duration maxJitter;

	private final DoubleSupplier random;

	private final AtomicReference<Instant> closedUntil = new AtomicReference<>(Instant.EPOCH);

	@Nullable
	private volatile ChameleonRateLimitException lastLimit;

	CooldownGate(Clock clock, Scheduler scheduler, Duration maxJitter, DoubleSupplier random) {
		this.clock = clock;
		this.scheduler = scheduler;
		this.maxJitter = maxJitter;
		this.random = random;
	}

	/**
	 * Closes the gate for at least {@code wait} from now; an already later end is kept.
	 * @param wait the server's wait hint
	 * @param cause the 429 that imposed it, or {@code null}
	 * @return the end of the cool-down now in force
	 */
	public Instant close(Duration wait, @Nullable ChameleonRateLimitException cause) {
		Instant candidate = this.clock.instant().plus(wait);
		if (cause != null) {
			this.lastLimit = cause;
		}
		return this.closedUntil.accumulateAndGet(candidate, (a, b) -> a.isAfter(b) ? a : b);
	}

	/**
	 * The end of the cool-down, when one is in force.
	 * @return the instant, or empty when requests may be sent now
	 */
	public Optional<Instant> closedUntil() {
		Instant until = this.closedUntil.get();
		return until.isAfter(this.clock.instant()) ? Optional.of(until) : Optional.empty();
	}

	/**
	 * Opens the gate at once and forgets the last 429 (for tests). Callers already waiting wake at the
	 * end they were given.
	 */
	void reset() {
		this.lastLimit = null;
		this.closedUntil.set(Instant.EPOCH);
	}

	/** Whether requests may be sent now. */
	boolean isOpen() {
		Instant until = this.closedUntil.get();
		// never closed (or reset): open without reading the clock, which most calls would otherwise do twice
		return until == Instant.EPOCH || !until.isAfter(this.clock.instant());
	}

	/**
	 * Waits until the gate is open.
	 * @param call the waiting call
	 * @param deadline the call's deadline, or {@code null} for none
	 * @return a publisher of the time waited; fails at once with a {@link ChameleonRateLimitException}
	 * carrying the retry time when the cool-down outlasts the deadline
	 */
	Mono<Duration> await(CallDescriptor call, @Nullable Instant deadline) {
		return Mono.defer(() -> awaitFrom(call, deadline, Duration.ZERO));
	}

	private Mono<Duration> awaitFrom(CallDescriptor call, @Nullable Instant deadline, Duration waited) {
		Instant now = this.clock.instant();
		Instant until = this.closedUntil.get();
		if (!until.isAfter(now)) {
			return Mono.just(waited);
		}
		if (deadline != null && until.isAfter(deadline)) {
			return Mono.error(refusal(call, until));
		}
		Duration sleep = Duration.between(now, until).plus(jitter());
		return Mono.delay(sleep, this.scheduler).then(Mono.defer(() -> awaitFrom(call, deadline, waited.plus(sleep))));
	}

	private Duration jitter() {
		long max = this.maxJitter.toMillis();
		return (max <= 0) ? Duration.ZERO : Duration.ofMillis((long) (this.random.getAsDouble() * max));
	}

	/** A fresh exception per refused caller, carrying the last 429's hint and the retry time. */
	private ChameleonRateLimitException refusal(CallDescriptor call, Instant until) {
		ChameleonRateLimitException last = this.lastLimit;
		ResponseDetails details;
		if (last != null) {
			details = new ResponseDetails(429, call.method(), call.uriTemplate(), last.envelope(), last.headers(),
					last.bodyExcerpt());
		}
		else {
			HttpHeaders headers = new HttpHeaders();
			long millis = Duration.between(this.clock.instant(), until).toMillis();
			headers.set(WaitHint.RATELIMIT_WAIT, String.valueOf(millis / 1000.0));
			details = new ResponseDetails(429, call.method(), call.uriTemplate(), null, headers, "");
		}
		return new ChameleonRateLimitException(details, until);
	}

}
