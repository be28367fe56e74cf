package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.github.chameleon4j.error.ChameleonException;

/**
 * Builds a {@link ChameleonResilience}. Every part can be switched off; the defaults are those
 * documented in the project's {@code README.md}. The policy copies the settings when it is built:
 * changing the builder afterwards does not change it.
 */
public final class ChameleonResilienceBuilder {

	String name = "chameleon";

	Clock clock = Clock.systemUTC();

	Scheduler scheduler = Schedulers.parallel();

	/** Whether {@link #scheduler(Scheduler)} was called; if not, deadlines run on the cheaper {@link DeadlineTimer}. */
	boolean schedulerInjected;

	DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

	final List<ResilienceListener> listeners = new ArrayList<>();

	@Nullable
	Duration deadline = Duration.ofSeconds(60);

	boolean paceEnabled = true;

	PaceMode paceMode = PaceMode.ADAPTIVE;

	double requestsPerMinute = 120;

	Duration probeInterval = Duration.ofMinutes(5);

	@Nullable
	RateLimiterRegistry rateLimiterRegistry;

	double paceFloor = 30;

	double slowdownFactor = 0.5;

	double recoveryStep = 10;

	Duration recoveryInterval = Duration.ofSeconds(30);

	int burst = 10;

	Duration paceWindow = Duration.ofSeconds(60);

	boolean cooldownEnabled = true;

	Duration maxJitter = Duration.ofMillis(500);

	boolean concurrencyEnabled = true;

	int maxInFlight = 16;

	@Nullable
	SharedCoordination sharedCoordination;

	double sharedFallbackShare = 1;

	Duration sharedTimeout = Duration.ofMillis(250);

	Duration sharedLeaseTtl = Duration.ofSeconds(35);

	boolean retryEnabled = true;

	int maxAttempts = 4;

	Duration initialBackoff = Duration.ofSeconds(1);

	double multiplier = 2;

	Duration maxBackoff = Duration.ofSeconds(30);

	boolean circuitBreakerEnabled = true;

	float failureRateThreshold = 50;

	int minimumCalls = 5;

	Duration circuitBreakerWindow = Duration.ofSeconds(4);

	Duration openDuration = Duration.ofSeconds(2);

	Duration maxOpenDuration = Duration.ofSeconds(4);

	int halfOpenCalls = 3;

	@Nullable
	private RetryRegistry retryRegistry;

	@Nullable
	private CircuitBreakerRegistry circuitBreakerRegistry;

	private final List<Consumer<RetryConfig.Builder<Object>>> retryCustomizers = new ArrayList<>();

	private final List<Consumer<CircuitBreakerConfig.Builder>> circuitBreakerCustomizers = new ArrayList<>();

	/** The Resilience4j configs builders made: a registered instance with one of them is no application's own. */
	private static final Set<Object> OWN_CONFIGS = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	ChameleonResilienceBuilder() {
	}

	/** Sets the name of the Resilience4j instances (default {@code chameleon}). @param name the name @return this */
	public ChameleonResilienceBuilder name(String name) {
		this.name = name;
		return this;
	}

	/** Sets the clock every deadline, cool-down and pace reads (default UTC system clock). @param clock the clock @return this */
	public ChameleonResilienceBuilder clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	/** Sets the scheduler every delay runs on (default {@code Schedulers.parallel()}). @param scheduler the scheduler @return this */
	public ChameleonResilienceBuilder scheduler(Scheduler scheduler) {
		this.scheduler = scheduler;
		this.schedulerInjected = true;
		return this;
	}

	/** Sets the source of jitter, values in {@code [0, 1)} (for tests). @param random the source @return this */
	public ChameleonResilienceBuilder random(DoubleSupplier random) {
		this.random = random;
		return this;
	}

	/** Adds a listener. @param listener the listener @return this */
	public ChameleonResilienceBuilder listener(ResilienceListener listener) {
		this.listeners.add(listener);
		return this;
	}

	/** Sets the default deadline of a logical call (default 60s; {@code null} or zero for none). @param deadline the deadline @return this */
	public ChameleonResilienceBuilder deadline(@Nullable Duration deadline) {
		this.deadline = deadline;
		return this;
	}

	/**
	 * Configures the global pace ({@code chameleon.resilience.pace.*}).
	 * @param spec sets any of the pace settings
	 * @return this
	 */
	public ChameleonResilienceBuilder pace(Consumer<PaceSpec> spec) {
		spec.accept(new PaceSpec());
		return this;
	}

	/**
	 * Configures the shared 429 cool-down ({@code chameleon.resilience.cooldown.*}).
	 * @param spec sets any of the cool-down settings
	 * @return this
	 */
	public ChameleonResilienceBuilder cooldown(Consumer<CooldownSpec> spec) {
		spec.accept(new CooldownSpec());
		return this;
	}

	/**
	 * Configures the concurrency caps ({@code chameleon.resilience.concurrency.*}).
	 * @param spec sets any of the concurrency settings
	 * @return this
	 */
	public ChameleonResilienceBuilder concurrency(Consumer<ConcurrencySpec> spec) {
		spec.accept(new ConcurrencySpec());
		return this;
	}

	/**
	 * Configures retries ({@code chameleon.resilience.retry.*}).
	 * @param spec sets any of the retry settings
	 * @return this
	 */
	public ChameleonResilienceBuilder retry(Consumer<RetrySpec> spec) {
		spec.accept(new RetrySpec());
		return this;
	}

	/**
	 * Configures the circuit breaker ({@code chameleon.resilience.circuit-breaker.*}).
	 * @param spec sets any of the circuit-breaker settings
	 * @return this
	 */
	public ChameleonResilienceBuilder circuitBreaker(Consumer<CircuitBreakerSpec> spec) {
		spec.accept(new CircuitBreakerSpec());
		return this;
	}

	/**
	 * Registers the retry in this registry (for its Actuator endpoint and meters). When the registry already holds
	 * a retry of this name that no builder made (Resilience4j's Spring Boot integration creates one from
	 * {@code resilience4j.retry.instances.<name>.*}), its attempts and waits are kept, the per-error-class rules
	 * are applied on top, and the registry's instance is replaced by the result.
	 * @param registry the registry
	 * @return this
	 */
	public ChameleonResilienceBuilder retryRegistry(@Nullable RetryRegistry registry) {
		this.retryRegistry = registry;
		return this;
	}

	/**
	 * Registers the circuit breaker in this registry. When the registry already holds a breaker of this name that no
	 * builder made, its sizes, thresholds and waits are kept, only server-side failures are recorded, and the
	 * registry's instance is replaced by the result.
	 * @param registry the registry
	 * @return this
	 */
	public ChameleonResilienceBuilder circuitBreakerRegistry(@Nullable CircuitBreakerRegistry registry) {
		this.circuitBreakerRegistry = registry;
		return this;
	}

	/**
	 * Registers the pace, as a Resilience4j {@code RateLimiter} named after the policy, in this registry
	 * (for its Actuator endpoints and meters), in place of any instance of that name.
	 * @param registry the registry, or {@code null} for none
	 * @return this
	 */
	public ChameleonResilienceBuilder rateLimiterRegistry(@Nullable RateLimiterRegistry registry) {
		this.rateLimiterRegistry = registry;
		return this;
	}

	/**
	 * Adjusts the Resilience4j retry configuration after this builder's settings. Whatever it sets, a
	 * call is not retried when the policy declines to: the call is not safe to repeat, or its deadline
	 * leaves no time for the wait.
	 * @param customizer the customizer
	 * @return this
	 */
	public ChameleonResilienceBuilder retryConfig(Consumer<RetryConfig.Builder<Object>> customizer) {
		this.retryCustomizers.add(customizer);
		return this;
	}

	/** Adjusts the Resilience4j circuit-breaker configuration after this builder's settings. @param customizer the customizer @return this */
	public ChameleonResilienceBuilder circuitBreakerConfig(Consumer<CircuitBreakerConfig.Builder> customizer) {
		this.circuitBreakerCustomizers.add(customizer);
		return this;
	}

	/**
	 * Shares the pace, the cool-down and the lanes with the application's other replicas through a
	 * store (see {@link SharedCoordination}); off by default. While the store does not answer within
	 * {@code timeout}, calls go on with a local pace at {@code fallbackShare} of the allowance.
	 * @param coordination the store, or {@code null} for local state only
	 * @param fallbackShare the share of the pace (and burst) used locally while the store is unavailable, in (0, 1]
	 * @param timeout the longest wait for one answer of the store
	 * @param leaseTtl how long a lane lease holds unless released (longer than a response may take)
	 * @return this builder
	 */
	public ChameleonResilienceBuilder shared(@Nullable SharedCoordination coordination, double fallbackShare,
			Duration timeout, Duration leaseTtl) {
		this.sharedCoordination = coordination;
		this.sharedFallbackShare = fallbackShare;
		this.sharedTimeout = timeout;
		this.sharedLeaseTtl = leaseTtl;
		return this;
	}

	/**
	 * Validates the settings and builds the policy.
	 * @return the policy
	 * @throws IllegalArgumentException naming the setting that is invalid
	 */
	public ChameleonResilience build() {
		require(this.name != null && !this.name.isBlank(), "name must not be blank");
		require(this.clock != null, "clock must not be null");
		require(this.scheduler != null, "scheduler must not be null");
		require(this.random != null, "random must not be null");
		require(this.deadline == null || !this.deadline.isNegative(), "deadline must not be negative");
		require(this.paceMode != null, "pace.mode must not be null");
		require(this.requestsPerMinute > 0, "pace.requestsPerMinute must be positive, was " + this.requestsPerMinute);
		require(this.probeInterval != null && !this.probeInterval.isNegative() && !this.probeInterval.isZero(),
				"pace.probeInterval must be a positive duration, was " + this.probeInterval);
		require(this.paceFloor > 0, "pace.floor must be positive, was " + this.paceFloor);
		require(this.slowdownFactor > 0 && this.slowdownFactor <= 1, "pace.slowdownFactor must be in (0, 1], was " + this.slowdownFactor);
		require(this.recoveryStep >= 0, "pace.recoveryStep must not be negative");
		requireNonNegative(this.recoveryInterval, "pace.recoveryInterval");
		require(this.burst >= 1, "pace.burst must be at least 1, was " + this.burst);
		require(this.paceWindow != null && !this.paceWindow.isNegative() && !this.paceWindow.isZero(),
				"pace.window must be a positive duration, was " + this.paceWindow);
		requireNonNegative(this.maxJitter, "cooldown.maxJitter");
		require(this.maxInFlight >= 1, "concurrency.maxInFlight must be at least 1, was " + this.maxInFlight);
		require(this.sharedFallbackShare > 0 && this.sharedFallbackShare <= 1,
				"shared.fallbackShare must be in (0, 1], was " + this.sharedFallbackShare);
		require(this.sharedTimeout != null && !this.sharedTimeout.isNegative() && !this.sharedTimeout.isZero(),
				"shared.timeout must be a positive duration, was " + this.sharedTimeout);
		require(this.sharedLeaseTtl != null && this.sharedLeaseTtl.toMillis() >= 1,
				"shared.leaseTtl must be a positive duration, was " + this.sharedLeaseTtl);
		require(this.maxAttempts >= 1, "retry.maxAttempts must be at least 1, was " + this.maxAttempts);
		requireNonNegative(this.initialBackoff, "retry.initialBackoff");
		require(this.multiplier >= 1, "retry.multiplier must be at least 1, was " + this.multiplier);
		requireNonNegative(this.maxBackoff, "retry.maxBackoff");
		require(this.failureRateThreshold > 0 && this.failureRateThreshold <= 100,
				"circuitBreaker.failureRateThreshold must be in (0, 100], was " + this.failureRateThreshold);
		require(this.minimumCalls >= 1, "circuitBreaker.minimumCalls must be at least 1, was " + this.minimumCalls);
		require(this.circuitBreakerWindow != null && this.circuitBreakerWindow.toSeconds() >= 1
				&& this.circuitBreakerWindow.toNanosPart() == 0 && this.circuitBreakerWindow.toSeconds() <= Integer.MAX_VALUE,
				"circuitBreaker.window must be a whole number of seconds, at least 1s, was " + this.circuitBreakerWindow);
		require(this.openDuration != null && this.openDuration.toMillis() >= 1,
				"circuitBreaker.openDuration must be a positive duration of at least 1ms, was " + this.openDuration);
		require(this.maxOpenDuration != null && this.maxOpenDuration.compareTo(this.openDuration) >= 0,
				"circuitBreaker.maxOpenDuration must be at least circuitBreaker.openDuration (" + this.openDuration + "), was " + this.maxOpenDuration);
		require(this.halfOpenCalls >= 1, "circuitBreaker.halfOpenCalls must be at least 1, was " + this.halfOpenCalls);
		return new ChameleonResilience(this);
	}

	Retry createRetry(RetryRules rules) {
		// an instance the registry already holds that this builder did not make (Resilience4j's Boot integration builds
		// one from resilience4j.retry.instances.<name>.*) keeps its attempts and waits; the per-error-class rules go
		// on top of it, never replaced by it
		Retry registered = (this.retryRegistry != null) ? this.retryRegistry.find(this.name)
			.filter((retry) -> !OWN_CONFIGS.contains(retry.getRetryConfig()))
			.orElse(null) : null;
		RetryRules effective = (registered != null) ? rules.backoff(registered.getRetryConfig().getIntervalBiFunction())
				: rules;
		RetryConfig.Builder<Object> config = ((registered != null) ? RetryConfig.<Object>from(registered.getRetryConfig())
				: RetryConfig.<Object>custom().maxAttempts(this.maxAttempts))
			.retryExceptions()
			.retryOnException(effective::retryable)
			// what the policy declines to retry is never retried, whatever predicate a customizer sets
			.ignoreExceptions(RetryDeclined.class)
			.intervalBiFunction((attempt, outcome) -> outcome.isLeft() ? effective.delayMillis(attempt, outcome.getLeft()) : 0L);
		this.retryCustomizers.forEach((customizer) -> customizer.accept(config));
		RetryConfig built = config.build();
		OWN_CONFIGS.add(built);
		if (this.retryRegistry == null) {
			return Retry.of(this.name, built);
		}
		if (registered == null) {
			return this.retryRegistry.retry(this.name, built);
		}
		Retry replacement = Retry.of(this.name, built, registered.getTags());
		this.retryRegistry.replace(this.name, replacement);
		return replacement;
	}

	CircuitBreaker createCircuitBreaker() {
		// as for the retry: a breaker configured through resilience4j.circuitbreaker.* keeps its sizes, thresholds and
		// waits, and only Chameleon's own failures are recorded by it
		CircuitBreaker registered = (this.circuitBreakerRegistry != null) ? this.circuitBreakerRegistry.find(this.name)
			.filter((breaker) -> !OWN_CONFIGS.contains(breaker.getCircuitBreakerConfig()))
			.orElse(null) : null;
		CircuitBreakerConfig.Builder config = (registered != null)
				? CircuitBreakerConfig.from(registered.getCircuitBreakerConfig()) : ownCircuitBreakerConfig();
		config.clock(this.clock)
			// only Chameleon's own failures count; a caller's 4xx (429 included) says nothing about its health
			.recordExceptions()
			.ignoreExceptions()
			.recordException(ChameleonResilienceBuilder::serverSide)
			.ignoreException((failure) -> !serverSide(failure));
		this.circuitBreakerCustomizers.forEach((customizer) -> customizer.accept(config));
		CircuitBreakerConfig built = config.build();
		OWN_CONFIGS.add(built);
		if (this.circuitBreakerRegistry == null) {
			return CircuitBreaker.of(this.name, built);
		}
		if (registered == null) {
			return this.circuitBreakerRegistry.circuitBreaker(this.name, built);
		}
		CircuitBreaker replacement = CircuitBreaker.of(this.name, built, registered.getTags());
		this.circuitBreakerRegistry.replace(this.name, replacement);
		return replacement;
	}

	private CircuitBreakerConfig.Builder ownCircuitBreakerConfig() {
		return CircuitBreakerConfig.custom()
			.failureRateThreshold(this.failureRateThreshold)
			.minimumNumberOfCalls(this.minimumCalls)
			// by time, not by count: a burst of late timeouts cannot fill the window on its own. The lock-free
			// window (no monitor for every call's outcome to contend on) reads the system clock; with another
			// clock injected, the synchronized window reads that one
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
			.slidingWindowSynchronizationStrategy(systemTime(this.clock)
					? CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE
					: CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.SYNCHRONIZED)
			.slidingWindowSize((int) this.circuitBreakerWindow.toSeconds())
			// short when the server is back at once, longer while probes keep failing
			.waitIntervalFunctionInOpenState(
					IntervalFunction.ofExponentialBackoff(this.openDuration, 2, this.maxOpenDuration))
			.permittedNumberOfCallsInHalfOpenState(this.halfOpenCalls);
	}

	/** Whether the clock tells the system time (in whichever zone), as the lock-free window's own clock does. */
	static boolean systemTime(Clock clock) {
		return clock.equals(Clock.system(clock.getZone()));
	}

	private static boolean serverSide(Throwable failure) {
		return failure instanceof ChameleonException exception && exception.kind().isServerSide();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

	private static void requireNonNegative(@Nullable Duration value, String name) {
		require(value != null && !value.isNegative(), name + " must be a non-negative duration, was " + value);
	}

	/** The pace settings, named as the {@code chameleon.resilience.pace.*} properties. */
	public final class PaceSpec {

		PaceSpec() {
		}

		/** Whether to pace requests globally (default on). @param enabled whether enabled @return this */
		public PaceSpec enabled(boolean enabled) {
			paceEnabled = enabled;
			return this;
		}

		/**
		 * Sets how the pace finds its level (default {@link PaceMode#ADAPTIVE}: it finds the account's
		 * allowance by itself; {@link PaceMode#FIXED} for an allowance you know).
		 * @param mode the mode
		 * @return this
		 */
		public PaceSpec mode(PaceMode mode) {
			paceMode = mode;
			return this;
		}

		/**
		 * Sets the global pace (default 120 per minute, the top of Chameleon's documented 60–120): in
		 * {@link PaceMode#ADAPTIVE} mode where the pace starts and the most it ever probes up to, in
		 * {@link PaceMode#FIXED} mode the pace itself.
		 * @param perMinute requests per minute
		 * @return this
		 */
		public PaceSpec requestsPerMinute(double perMinute) {
			requestsPerMinute = perMinute;
			return this;
		}

		/**
		 * Sets how long an adaptive pace holds the level a global 429 left it at before probing one
		 * request per window higher (default 5 minutes). Each probe that draws a 429 costs one refused
		 * request; a shorter interval finds a raised allowance sooner.
		 * @param interval a positive duration
		 * @return this
		 */
		public PaceSpec probeInterval(Duration interval) {
			probeInterval = interval;
			return this;
		}

		/** Sets the lowest pace a global 429 may lower to (default 30 per minute). @param perMinute requests per minute @return this */
		public PaceSpec floor(double perMinute) {
			paceFloor = perMinute;
			return this;
		}

		/** Sets the factor a global 429 multiplies the pace by (default 0.5). @param factor in (0, 1] @return this */
		public PaceSpec slowdownFactor(double factor) {
			slowdownFactor = factor;
			return this;
		}

		/** Sets how much a {@link PaceMode#FIXED} pace grows back per quiet interval (default 10 per minute). @param perMinute requests per minute @return this */
		public PaceSpec recoveryStep(double perMinute) {
			recoveryStep = perMinute;
			return this;
		}

		/** Sets the quiet interval after which a lowered {@link PaceMode#FIXED} pace or a lowered concurrency cap grows back one step (default 30s). @param interval the interval @return this */
		public PaceSpec recoveryInterval(Duration interval) {
			recoveryInterval = interval;
			return this;
		}

		/** Sets how many requests may be sent back to back before the pace spaces them (default 10). @param burst at least 1 @return this */
		public PaceSpec burst(int burst) {
			ChameleonResilienceBuilder.this.burst = burst;
			return this;
		}

		/**
		 * Sets the trailing window in which at most {@code requestsPerMinute * window / 60s} requests
		 * are sent, less a 1% margin for arrival jitter (default 60s), so a pace equal to the account's
		 * allowance stays under a sliding or fixed window.
		 * @param window a positive duration
		 * @return this
		 */
		public PaceSpec window(Duration window) {
			paceWindow = window;
			return this;
		}

	}

	/** The cool-down settings, named as the {@code chameleon.resilience.cooldown.*} properties. */
	public final class CooldownSpec {

		CooldownSpec() {
		}

		/** Whether 429 wait hints close a shared cool-down gate (default on). @param enabled whether enabled @return this */
		public CooldownSpec enabled(boolean enabled) {
			cooldownEnabled = enabled;
			return this;
		}

		/** Sets the largest random jitter added on top of a wait hint (default 500ms). @param maxJitter the jitter bound @return this */
		public CooldownSpec maxJitter(Duration maxJitter) {
			ChameleonResilienceBuilder.this.maxJitter = maxJitter;
			return this;
		}

	}

	/** The concurrency settings, named as the {@code chameleon.resilience.concurrency.*} properties. */
	public final class ConcurrencySpec {

		ConcurrencySpec() {
		}

		/** Whether to limit calls in flight (default on). @param enabled whether enabled @return this */
		public ConcurrencySpec enabled(boolean enabled) {
			concurrencyEnabled = enabled;
			return this;
		}

		/** Sets the overall cap of calls in flight (default 16). @param maxInFlight at least 1 @return this */
		public ConcurrencySpec maxInFlight(int maxInFlight) {
			ChameleonResilienceBuilder.this.maxInFlight = maxInFlight;
			return this;
		}

	}

	/** The retry settings, named as the {@code chameleon.resilience.retry.*} properties. */
	public final class RetrySpec {

		RetrySpec() {
		}

		/** Whether to retry (default on). @param enabled whether enabled @return this */
		public RetrySpec enabled(boolean enabled) {
			retryEnabled = enabled;
			return this;
		}

		/** Sets the most attempts per logical call, the first included (default 4). @param maxAttempts at least 1 @return this */
		public RetrySpec maxAttempts(int maxAttempts) {
			ChameleonResilienceBuilder.this.maxAttempts = maxAttempts;
			return this;
		}

		/** Sets the first backoff for 5xx and transport failures (default 1s). @param backoff the backoff @return this */
		public RetrySpec initialBackoff(Duration backoff) {
			initialBackoff = backoff;
			return this;
		}

		/** Sets the backoff multiplier (default 2). @param multiplier at least 1 @return this */
		public RetrySpec multiplier(double multiplier) {
			ChameleonResilienceBuilder.this.multiplier = multiplier;
			return this;
		}

		/** Sets the cap of the computed backoff; never applied to a server's hint (default 30s). @param maxBackoff the cap @return this */
		public RetrySpec maxBackoff(Duration maxBackoff) {
			ChameleonResilienceBuilder.this.maxBackoff = maxBackoff;
			return this;
		}

	}

	/** The circuit-breaker settings, named as the {@code chameleon.resilience.circuit-breaker.*} properties. */
	public final class CircuitBreakerSpec {

		CircuitBreakerSpec() {
		}

		/** Whether to use a circuit breaker (default on). @param enabled whether enabled @return this */
		public CircuitBreakerSpec enabled(boolean enabled) {
			circuitBreakerEnabled = enabled;
			return this;
		}

		/** Sets the failure rate in percent that opens the circuit (default 50). @param percent in (0, 100] @return this */
		public CircuitBreakerSpec failureRateThreshold(float percent) {
			failureRateThreshold = percent;
			return this;
		}

		/** Sets the calls within the window needed before the failure rate counts (default 5). @param calls at least 1 @return this */
		public CircuitBreakerSpec minimumCalls(int calls) {
			minimumCalls = calls;
			return this;
		}

		/**
		 * Sets the time window the failure rate is computed over, by when each call ended (default 4s):
		 * a total outage opens the circuit within about half of it. A failure is not counted when a
		 * request sent after it has already succeeded (a late timeout from a server that answers newer
		 * requests is a slow tail, not an outage), so the window need not outlast the response timeout.
		 * @param window whole seconds, at least 1s
		 * @return this
		 */
		public CircuitBreakerSpec window(Duration window) {
			circuitBreakerWindow = window;
			return this;
		}

		/**
		 * Sets how long a circuit that has just opened refuses calls before letting probes through
		 * (default 2s). Each failed round of probes doubles it, up to {@link #maxOpenDuration(Duration)};
		 * closing starts over.
		 * @param duration a positive duration
		 * @return this
		 */
		public CircuitBreakerSpec openDuration(Duration duration) {
			openDuration = duration;
			return this;
		}

		/**
		 * Sets the longest an open circuit refuses calls, however often probes have failed (default
		 * 4s): once Chameleon answers again, callers are refused for at most this long.
		 * @param duration at least {@code openDuration}
		 * @return this
		 */
		public CircuitBreakerSpec maxOpenDuration(Duration duration) {
			maxOpenDuration = duration;
			return this;
		}

		/** Sets the probe calls a half-open circuit lets through (default 3). @param calls at least 1 @return this */
		public CircuitBreakerSpec halfOpenCalls(int calls) {
			halfOpenCalls = calls;
			return this;
		}

	}

}
