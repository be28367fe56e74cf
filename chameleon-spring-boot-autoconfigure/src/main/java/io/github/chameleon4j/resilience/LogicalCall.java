package io.github.chameleon4j.resilience;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.github.chameleon4j.error.ChameleonException;

/**
 * One subscription to a call through the policy, as its operators share it: the call, the instant
 * its deadline falls, how many attempts were sent, and the current attempt's send time and pace
 * ticket. Attempts follow one another, so each field has one writer at a time; the attempt count
 * is also read by the deadline's timer.
 */
final class LogicalCall {

	private final CallDescriptor descriptor;

	@Nullable
	private final Instant deadlineAt;

	private volatile int attempts;

	/** When the current attempt was sent, epoch millis. */
	private long sentAt = Long.MIN_VALUE;

	private long paceTicket;

	/** When the shared store last said this call may go (epoch millis). */
	private volatile long sharedClearAt = Long.MIN_VALUE;

	LogicalCall(CallDescriptor descriptor, @Nullable Instant deadlineAt) {
		this.descriptor = descriptor;
		this.deadlineAt = deadlineAt;
	}

	CallDescriptor descriptor() {
		return this.descriptor;
	}

	/** The instant the call's deadline falls, or {@code null} for none. */
	@Nullable
	Instant deadlineAt() {
		return this.deadlineAt;
	}

	/** Whether the deadline leaves time to resume at {@code instant}. */
	boolean hasTimeUntil(Instant instant) {
		return this.deadlineAt == null || !instant.isAfter(this.deadlineAt);
	}

	/** Records that an attempt is being sent now. */
	void sending(long epochMillis) {
		this.attempts = this.attempts + 1;
		this.sentAt = epochMillis;
	}

	/** The attempts sent so far. */
	int attempts() {
		return this.attempts;
	}

	/** When the current (or last) attempt was sent, epoch millis; {@code Long.MIN_VALUE} before the first. */
	long sentAt() {
		return this.sentAt;
	}

	void paceTicket(long ticket) {
		this.paceTicket = ticket;
	}

	long paceTicket() {
		return this.paceTicket;
	}

	/** The current attempt's reservation in the shared pace, or null. */
	@Nullable
	private volatile String sharedReservation;

	/** Where that reservation's slot is, epoch millis. */
	private volatile long sharedSlot;

	void sharedReservation(@Nullable String id, long slotMillis) {
		this.sharedReservation = id;
		this.sharedSlot = slotMillis;
	}

	@Nullable
	String sharedReservation() {
		return this.sharedReservation;
	}

	long sharedSlot() {
		return this.sharedSlot;
	}

	void sharedClear(long epochMillis) {
		this.sharedClearAt = epochMillis;
	}

	long sharedClearAt() {
		return this.sharedClearAt;
	}

	/**
	 * The failure to signal when the call gives up with it: a copy that carries the attempts when
	 * more than one was sent.
	 */
	Throwable givingUp(Throwable failure) {
		int made = this.attempts;
		return (made > 1 && failure instanceof ChameleonException exception) ? exception.withAttempts(made) : failure;
	}

}
