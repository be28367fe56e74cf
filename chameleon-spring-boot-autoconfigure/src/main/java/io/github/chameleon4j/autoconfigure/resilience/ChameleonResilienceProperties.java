package io.github.chameleon4j.autoconfigure.resilience;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import io.github.chameleon4j.resilience.PaceMode;

/**
 * Configuration of the Chameleon client's resilience ({@code chameleon.resilience.*}). Validated
 * while it is bound, each nested group as Boot binds it: an invalid value fails startup naming the
 * property, its value and where it was set.
 */
@ConfigurationProperties("chameleon.resilience")
public class ChameleonResilienceProperties implements Validator {

	/**
	 * Time budget of one logical call, covering every wait and retry; zero for none.
	 */
	private Duration deadline = Duration.ofSeconds(60);

	private final Pace pace = new Pace();

	private final Cooldown cooldown = new Cooldown();

	private final Concurrency concurrency = new Concurrency();

	private final Retry retry = new Retry();

	private final CircuitBreaker circuitBreaker = new CircuitBreaker();

	public Duration getDeadline() {
		return this.deadline;
	}

	public void setDeadline(Duration deadline) {
		this.deadline = deadline;
	}

	public Pace getPace() {
		return this.pace;
	}

	public Cooldown getCooldown() {
		return this.cooldown;
	}

	public Concurrency getConcurrency() {
		return this.concurrency;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public CircuitBreaker getCircuitBreaker() {
		return this.circuitBreaker;
	}

	/**
	 * Global request pace.
	 */
	public static class Pace {

		/**
		 * Whether to pace requests globally.
		 */
		private boolean enabled = true;

		/**
		 * How the pace finds its level: 'adaptive' finds the account's allowance by itself (starts at requests-per-minute, holds where a global 429 shows the allowance, probes one request per window higher after each quiet probe-interval); 'fixed' paces at requests-per-minute.
		 */
		private PaceMode mode = PaceMode.ADAPTIVE;

		/**
		 * Global pace in requests per minute (Chameleon documents 60-120): the adaptive pace's start and ceiling, or the fixed pace.
		 */
		private double requestsPerMinute = 120;

		/**
		 * How long an adaptive pace holds the level a global 429 left it at before probing one request per window higher.
		 */
		private Duration probeInterval = Duration.ofMinutes(5);

		/**
		 * Lowest pace a global 429 may lower the pace to, in requests per minute.
		 */
		private double floor = 30;

		/**
		 * Factor a global 429 multiplies the pace by.
		 */
		private double slowdownFactor = 0.5;

		/**
		 * Requests per minute a fixed pace grows back per quiet recovery interval.
		 */
		private double recoveryStep = 10;

		/**
		 * Quiet interval after which a lowered fixed pace or a lowered concurrency cap grows back one step.
		 */
		private Duration recoveryInterval = Duration.ofSeconds(30);

		/**
		 * Requests that may be sent back to back before the pace spaces them.
		 */
		private int burst = 10;

		/**
		 * Trailing window in which at most requests-per-minute * window / 1 minute requests are sent, kept 1% longer for arrival jitter.
		 */
		private Duration window = Duration.ofSeconds(60);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public PaceMode getMode() {
			return this.mode;
		}

		public void setMode(PaceMode mode) {
			this.mode = mode;
		}

		public Duration getProbeInterval() {
			return this.probeInterval;
		}

		public void setProbeInterval(Duration probeInterval) {
			this.probeInterval = probeInterval;
		}

		public double getRequestsPerMinute() {
			return this.requestsPerMinute;
		}

		public void setRequestsPerMinute(double requestsPerMinute) {
			this.requestsPerMinute = requestsPerMinute;
		}

		public double getFloor() {
			return this.floor;
		}

		public void setFloor(double floor) {
			this.floor = floor;
		}

		public double getSlowdownFactor() {
			return this.slowdownFactor;
		}

		public void setSlowdownFactor(double slowdownFactor) {
			this.slowdownFactor = slowdownFactor;
		}

		public double getRecoveryStep() {
			return this.recoveryStep;
		}

		public void setRecoveryStep(double recoveryStep) {
			this.recoveryStep = recoveryStep;
		}

		public Duration getRecoveryInterval() {
			return this.recoveryInterval;
		}

		public void setRecoveryInterval(Duration recoveryInterval) {
			this.recoveryInterval = recoveryInterval;
		}

		public int getBurst() {
			return this.burst;
		}

		public void setBurst(int burst) {
			this.burst = burst;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			this.window = window;
		}
	}

	/**
	 * Shared cool-down gate closed by 429 wait hints.
	 */
	public static class Cooldown {

		/**
		 * Whether a 429 wait hint holds every caller until it has passed.
		 */
		private boolean enabled = true;

		/**
		 * Largest random jitter added on top of a wait hint (never subtracted).
		 */
		private Duration maxJitter = Duration.ofMillis(500);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getMaxJitter() {
			return this.maxJitter;
		}

		public void setMaxJitter(Duration maxJitter) {
			this.maxJitter = maxJitter;
		}
	}

	/**
	 * Concurrency permits.
	 */
	public static class Concurrency {

		/**
		 * Whether to limit calls in flight and hold each lane (profile search and count, company list, delivery create per profile) to its width.
		 */
		private boolean enabled = true;

		/**
		 * Overall cap of calls in flight; a concurrency 429 from a call outside every lane lowers it.
		 */
		private int maxInFlight = 16;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxInFlight() {
			return this.maxInFlight;
		}

		public void setMaxInFlight(int maxInFlight) {
			this.maxInFlight = maxInFlight;
		}
	}

	/**
	 * Retries.
	 */
	public static class Retry {

		/**
		 * Whether to retry failures that are safe to retry.
		 */
		private boolean enabled = true;

		/**
		 * Most attempts per logical call, the first included.
		 */
		private int maxAttempts = 4;

		/**
		 * First backoff after a 5xx or transport failure.
		 */
		private Duration initialBackoff = Duration.ofSeconds(1);

		/**
		 * Backoff multiplier per attempt.
		 */
		private double multiplier = 2;

		/**
		 * Cap of the computed backoff; a server's wait hint is never truncated by it.
		 */
		private Duration maxBackoff = Duration.ofSeconds(30);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}
	}

	/**
	 * Circuit breaker.
	 */
	public static class CircuitBreaker {

		/**
		 * Whether to open a circuit when Chameleon keeps failing (5xx and transport failures only).
		 */
		private boolean enabled = true;

		/**
		 * Failure rate in percent that opens the circuit; a failure overtaken by the success of a request sent after it is not counted.
		 */
		private float failureRateThreshold = 50F;

		/**
		 * Calls ended within the window needed before the failure rate is evaluated.
		 */
		private int minimumCalls = 5;

		/**
		 * Time window (whole seconds) the failure rate is computed over, by when calls ended.
		 */
		private Duration window = Duration.ofSeconds(4);

		/**
		 * How long a newly opened circuit refuses calls before letting probes through; doubles after each failed round of probes.
		 */
		private Duration openDuration = Duration.ofSeconds(2);

		/**
		 * Longest an open circuit refuses calls, however often probes have failed.
		 */
		private Duration maxOpenDuration = Duration.ofSeconds(4);

		/**
		 * Probe calls a half-open circuit lets through.
		 */
		private int halfOpenCalls = 3;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public float getFailureRateThreshold() {
			return this.failureRateThreshold;
		}

		public void setFailureRateThreshold(float failureRateThreshold) {
			this.failureRateThreshold = failureRateThreshold;
		}

		public int getMinimumCalls() {
			return this.minimumCalls;
		}

		public void setMinimumCalls(int minimumCalls) {
			this.minimumCalls = minimumCalls;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			this.window = window;
		}

		public Duration getOpenDuration() {
			return this.openDuration;
		}

		public void setOpenDuration(Duration openDuration) {
			this.openDuration = openDuration;
		}

		public Duration getMaxOpenDuration() {
			return this.maxOpenDuration;
		}

		public void setMaxOpenDuration(Duration maxOpenDuration) {
			this.maxOpenDuration = maxOpenDuration;
		}

		public int getHalfOpenCalls() {
			return this.halfOpenCalls;
		}

		public void setHalfOpenCalls(int halfOpenCalls) {
			this.halfOpenCalls = halfOpenCalls;
		}
	}

	@Override
	public boolean supports(Class<?> type) {
		return type == ChameleonResilienceProperties.class || type == Pace.class || type == Cooldown.class
				|| type == Concurrency.class || type == Retry.class || type == CircuitBreaker.class;
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof ChameleonResilienceProperties properties) {
			require(errors, nonNegative(properties.getDeadline()), "deadline", "chameleon.resilience.deadline",
					"must not be negative (0 for none)");
		}
		else if (target instanceof Pace pace) {
			String prefix = "chameleon.resilience.pace.";
			require(errors, pace.getRequestsPerMinute() > 0, "requestsPerMinute", prefix + "requests-per-minute",
					"must be positive");
			require(errors, pace.getFloor() > 0, "floor", prefix + "floor", "must be positive");
			require(errors, pace.getSlowdownFactor() > 0 && pace.getSlowdownFactor() <= 1, "slowdownFactor",
					prefix + "slowdown-factor", "must be in (0, 1]: a global 429 multiplies the pace by it");
			require(errors, pace.getRecoveryStep() >= 0, "recoveryStep", prefix + "recovery-step", "must not be negative");
			require(errors, nonNegative(pace.getRecoveryInterval()), "recoveryInterval", prefix + "recovery-interval",
					"must not be negative");
			require(errors, pace.getBurst() >= 1, "burst", prefix + "burst", "must be at least 1");
			require(errors, positive(pace.getWindow()), "window", prefix + "window", "must be a positive duration");
		}
		else if (target instanceof Cooldown cooldown) {
			require(errors, nonNegative(cooldown.getMaxJitter()), "maxJitter", "chameleon.resilience.cooldown.max-jitter",
					"must not be negative");
		}
		else if (target instanceof Concurrency concurrency) {
			require(errors, concurrency.getMaxInFlight() >= 1, "maxInFlight",
					"chameleon.resilience.concurrency.max-in-flight", "must be at least 1");
		}
		else if (target instanceof Retry retry) {
			String prefix = "chameleon.resilience.retry.";
			require(errors, retry.getMaxAttempts() >= 1, "maxAttempts", prefix + "max-attempts",
					"must be at least 1 (the first attempt included; set " + prefix + "enabled=false not to retry)");
			require(errors, nonNegative(retry.getInitialBackoff()), "initialBackoff", prefix + "initial-backoff",
					"must not be negative");
			require(errors, retry.getMultiplier() >= 1, "multiplier", prefix + "multiplier", "must be at least 1");
			require(errors, nonNegative(retry.getMaxBackoff()), "maxBackoff", prefix + "max-backoff",
					"must not be negative");
		}
		else if (target instanceof CircuitBreaker breaker) {
			validate(breaker, errors);
		}
	}

	private static void validate(CircuitBreaker breaker, Errors errors) {
		String prefix = "chameleon.resilience.circuit-breaker.";
		require(errors, breaker.getFailureRateThreshold() > 0 && breaker.getFailureRateThreshold() <= 100,
				"failureRateThreshold", prefix + "failure-rate-threshold", "must be in (0, 100]");
		require(errors, breaker.getMinimumCalls() >= 1, "minimumCalls", prefix + "minimum-calls", "must be at least 1");
		Duration window = breaker.getWindow();
		require(errors, window != null && window.toSeconds() >= 1 && window.toNanosPart() == 0, "window",
				prefix + "window", "must be a whole number of seconds, at least 1s");
		Duration open = breaker.getOpenDuration();
		require(errors, open != null && open.toMillis() >= 1, "openDuration", prefix + "open-duration",
				"must be at least 1ms");
		require(errors, breaker.getMaxOpenDuration() != null && open != null
				&& breaker.getMaxOpenDuration().compareTo(open) >= 0, "maxOpenDuration", prefix + "max-open-duration",
				"must be at least " + prefix + "open-duration (" + open + ")");
		require(errors, breaker.getHalfOpenCalls() >= 1, "halfOpenCalls", prefix + "half-open-calls",
				"must be at least 1");
	}

	private static void require(Errors errors, boolean condition, String field, String property, String requirement) {
		if (!condition) {
			// the field is the class's; the message names the property as users write it
			errors.rejectValue(field, "invalid", property + " " + requirement);
		}
	}

	private static boolean nonNegative(@Nullable Duration value) {
		return value != null && !value.isNegative();
	}

	private static boolean positive(@Nullable Duration value) {
		return value != null && !value.isNegative() && !value.isZero();
	}

}
