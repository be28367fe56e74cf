package io.github.chameleon4j.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.WaitReason;

/**
 * The {@link Observation.Context} of one logical Chameleon call ({@value ChameleonMeters#CALL}):
 * what was called, how many attempts were sent, how long the call waited and for what, how many
 * failed attempts were retried, and how it ended. Filled in by {@link ObservedCallPolicy} as the
 * call runs; read by a {@link ChameleonCallObservationConvention}. A call runs one step at a time,
 * so its fields have one writer at a time.
 */
public final class ChameleonCallContext extends Observation.Context {

	private final CallDescriptor call;

	private final Map<WaitReason, Duration> waits = new EnumMap<>(WaitReason.class);

	private volatile int attempts;

	private volatile int retries;

	private volatile boolean cancelled;

	private volatile boolean ended;

	/**
	 * Creates the context of one call.
	 * @param call what is being called
	 */
	public ChameleonCallContext(CallDescriptor call) {
		this.call = call;
	}

	/**
	 * What is being called: method, URI template, whether it is safe to repeat, its lane.
	 * @return the call
	 */
	public CallDescriptor getCall() {
		return this.call;
	}

	/**
	 * The attempts sent so far (requests handed to the {@code WebClient}).
	 * @return the attempts, {@code 0} when none was sent (e.g. the circuit breaker refused it)
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * The failed attempts that were retried.
	 * @return the retries
	 */
	public int getRetries() {
		return this.retries;
	}

	/**
	 * How long the call waited for one reason, all its waits added up.
	 * @param reason the reason
	 * @return the total, {@link Duration#ZERO} when it never waited for it
	 */
	public Duration getWaited(WaitReason reason) {
		synchronized (this.waits) {
			return this.waits.getOrDefault(reason, Duration.ZERO);
		}
	}

	/**
	 * The reason the call waited longest for.
	 * @return the reason, or {@code null} when it never waited
	 */
	public @Nullable WaitReason getLongestWait() {
		synchronized (this.waits) {
			WaitReason longest = null;
			Duration most = Duration.ZERO;
			for (Map.Entry<WaitReason, Duration> wait : this.waits.entrySet()) {
				if (wait.getValue().compareTo(most) > 0) {
					longest = wait.getKey();
					most = wait.getValue();
				}
			}
			return longest;
		}
	}

	/**
	 * Whether the caller cancelled the call before it ended.
	 * @return whether it was cancelled
	 */
	public boolean isCancelled() {
		return this.cancelled;
	}

	/**
	 * Whether the call has ended (succeeded, failed or was cancelled): its outcome is known.
	 * @return whether it has ended
	 */
	public boolean isEnded() {
		return this.ended;
	}

	void attemptSent() {
		this.attempts = this.attempts + 1;
	}

	void retrying() {
		this.retries = this.retries + 1;
	}

	void waited(WaitReason reason, Duration waited) {
		synchronized (this.waits) {
			this.waits.merge(reason, waited, Duration::plus);
		}
	}

	void ended(boolean cancelled) {
		this.cancelled = cancelled;
		this.ended = true;
	}

}
