package io.github.chameleon4j.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ErrorKind;
import io.github.chameleon4j.error.RateLimitStrategy;
import io.github.chameleon4j.error.WaitHint;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.ResilienceListener;
import io.github.chameleon4j.resilience.WaitReason;

/**
 * Records what the resilience layer does: {@value ChameleonMeters#WAIT} (timer, by reason),
 * {@value ChameleonMeters#RATE_LIMIT_HINTS} (counter, by strategy) and
 * {@value ChameleonMeters#RETRIES} (counter, by error kind of the failed attempt), all tagged
 * with the client name. The wait timers and hint counters are registered up front so that a
 * dashboard shows zero rather than no data; recording never allocates tags.
 */
public final class ChameleonResilienceMetrics implements ResilienceListener {

	private final MeterRegistry registry;

	private final String clientName;

	private final Map<WaitReason, Timer> waits = new EnumMap<>(WaitReason.class);

	private final Map<RateLimitStrategy, Counter> hints = new EnumMap<>(RateLimitStrategy.class);

	private final ConcurrentHashMap<ErrorKind, Counter> retries = new ConcurrentHashMap<>();

	private final Counter otherRetries;

	/**
	 * Creates the listener and registers its timers and counters.
	 * @param registry where to register the meters
	 * @param clientName the {@code client} tag value
	 */
	public ChameleonResilienceMetrics(MeterRegistry registry, String clientName) {
		if (registry == null) {
			throw new IllegalArgumentException("registry must not be null");
		}
		if (clientName == null || clientName.isBlank()) {
			throw new IllegalArgumentException("clientName must not be blank");
		}
		this.registry = registry;
		this.clientName = clientName;
		for (WaitReason reason : WaitReason.values()) {
			this.waits.put(reason, Timer.builder(ChameleonMeters.WAIT)
				.description("Time Chameleon calls waited before being sent or between attempts")
				.tag(ChameleonMeters.CLIENT, clientName)
				.tag(ChameleonMeters.REASON, reason.name().toLowerCase(Locale.ROOT))
				.register(registry));
		}
		for (RateLimitStrategy strategy : RateLimitStrategy.values()) {
			this.hints.put(strategy, Counter.builder(ChameleonMeters.RATE_LIMIT_HINTS)
				.description("Rate-limit (429) wait hints received from Chameleon")
				.tag(ChameleonMeters.CLIENT, clientName)
				.tag(ChameleonMeters.STRATEGY, strategy.name().toLowerCase(Locale.ROOT))
				.register(registry));
		}
		this.otherRetries = retryCounter(ChameleonMeters.NONE);
	}

	@Override
	public void onWait(CallDescriptor call, WaitReason reason, Duration waited) {
		if (reason != null && waited != null && !waited.isNegative()) {
			this.waits.get(reason).record(waited);
		}
	}

	@Override
	public void onWaitHint(CallDescriptor call, WaitHint hint) {
		RateLimitStrategy strategy = (hint != null) ? hint.strategy() : RateLimitStrategy.UNKNOWN;
		this.hints.get((strategy != null) ? strategy : RateLimitStrategy.UNKNOWN).increment();
	}

	@Override
	public void onRetry(CallDescriptor call, int attempt, Throwable failure, Duration delay) {
		if (failure instanceof ChameleonException chameleon && chameleon.kind() != null) {
			this.retries.computeIfAbsent(chameleon.kind(), (kind) -> retryCounter(kind.name())).increment();
		}
		else {
			this.otherRetries.increment();
		}
	}

	private Counter retryCounter(String errorKind) {
		return Counter.builder(ChameleonMeters.RETRIES)
			.description("Failed Chameleon attempts that were retried")
			.tag(ChameleonMeters.CLIENT, this.clientName)
			.tag(ChameleonMeters.ERROR_KIND, errorKind)
			.register(this.registry);
	}

}
