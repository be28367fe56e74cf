package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * SPI: the account-wide state that the replicas of one application share, so that together they
 * keep the limits each replica keeps alone. A {@link ChameleonResilience} built with
 * {@link ChameleonResilienceBuilder#shared(SharedCoordination, double, Duration, Duration)} asks it before
 * every send: one pace (a sliding window plus burst, lowered by a global 429 seen by any replica),
 * one cool-down (a wait hint seen by any replica holds them all), and account-wide lanes as
 * leases that expire. Without it, every piece of that state is local (the default).
 * <p>
 * Every method answers with a cold {@link Mono} that must not block a thread. An error (or no
 * answer within the policy's timeout) means the store is unavailable: the policy then goes on
 * with local pacing at its fallback share, counts a fallback, answers every call locally for a
 * short, growing pause, and asks the store again with one probe ({@link #sentAlone}) after each
 * pause: sharing resumes with the first answer, the requests sent alone meanwhile counted in the
 * shared window. Every decision that reads and writes must be
 * atomic in the store.
 * <p>
 * Times are the client's: {@code now} comes from the policy's clock, so the replicas' clocks must
 * agree (NTP) to within a small part of the pace window.
 */
public interface SharedCoordination {

	/**
	 * Reserves the next send in the shared pace, no earlier than the end of a shared cool-down;
	 * reserves nothing when that cool-down ends after the caller's deadline.
	 * @param id identifies the reservation (unique)
	 * @param pace the pace settings (the same on every replica)
	 * @param now the client's clock
	 * @param deadline the caller's deadline, or {@code null} for none
	 * @return the slot: the wait before the request may be sent (zero for now), or a refusal
	 */
	Mono<Slot> reserve(String id, PaceSettings pace, Instant now, @Nullable Instant deadline);

	/**
	 * After waiting for a reservation: how much longer to wait, when a 429 seen meanwhile (by any
	 * replica) has moved it later. When a cool-down that began meanwhile ends after the caller's
	 * deadline, the reservation is given up and the answer is a refusal.
	 * @param id the reservation
	 * @param pace the pace settings
	 * @param now the client's clock
	 * @param deadline the caller's deadline, or {@code null} for none
	 * @return the slot: the further wait (zero when it may be sent now), or a refusal
	 */
	Mono<Slot> remaining(String id, PaceSettings pace, Instant now, @Nullable Instant deadline);

	/**
	 * Records that a reserved request went out (or was answered) later than its slot, so that later
	 * reservations count the window from no earlier than the server can have counted it. The policy
	 * calls it only for a request late by more than a few milliseconds (a cold connection, a busy
	 * machine); the default records nothing.
	 * @param id the reservation
	 * @param at when it was sent or answered
	 * @return completion
	 */
	default Mono<Void> sent(String id, Instant at) {
		return Mono.empty();
	}

	/**
	 * Records requests this replica sent alone, paced locally while the store did not answer, so that
	 * the shared window counts them when sharing resumes (the server has counted them); sends older
	 * than the window are dropped. It is also the probe of a store that did not answer: the policy
	 * resumes sharing once it completes. The default records nothing and only reads the cool-down.
	 * @param id identifies this batch (unique; each send is recorded under {@code id:n})
	 * @param sends when each request was sent
	 * @param pace the pace settings
	 * @param now the client's clock
	 * @return completion
	 */
	default Mono<Void> sentAlone(String id, List<Instant> sends, PaceSettings pace, Instant now) {
		return cooldown(now).then();
	}

	/**
	 * Applies a 429: closes the shared cool-down until {@code until} (an already later end is
	 * kept), lowers the shared pace for a global one, and moves the reservations not yet due past
	 * both.
	 * @param id identifies this 429 (unique)
	 * @param until the end of the cool-down, or {@code null} for a 429 without a wait hint
	 * @param global whether it was a global 429 (it lowers the pace)
	 * @param pace the pace settings
	 * @param now the client's clock
	 * @return completion
	 */
	Mono<Void> limited(String id, @Nullable Instant until, boolean global, PaceSettings pace, Instant now);

	/**
	 * The wait a shared cool-down still imposes.
	 * @param now the client's clock
	 * @return the wait, zero when requests may be sent now
	 */
	Mono<Duration> cooldown(Instant now);

	/**
	 * Takes a lease in an account-wide lane when fewer than its cap are held: its width, or less while a
	 * concurrency 429 has {@linkplain #laneLimited lowered} it.
	 * @param lane the lane
	 * @param leaseId identifies the lease (unique)
	 * @param ttl how long the lease holds unless released (a crashed holder frees it then)
	 * @param now the client's clock
	 * @return zero when the lease is held, else how long to wait before asking again
	 */
	Mono<Duration> acquire(Lane lane, String leaseId, Duration ttl, Instant now);

	/**
	 * Applies a concurrency 429 from a call in an account-wide lane: lowers the lane's cap, for
	 * every replica, to the limit the server named, else by one, never below 1. The cap grows back
	 * by one per quiet {@code recoveryInterval}, as a local lane's does, and {@link #acquire} holds
	 * to it; a lane whose cap has grown back leaves nothing behind in the store.
	 * @param lane the lane
	 * @param limit the limit the server named, or empty
	 * @param recoveryInterval the quiet interval after which the cap grows back by one
	 * @param now the client's clock
	 * @return completion
	 */
	Mono<Void> laneLimited(Lane lane, OptionalInt limit, Duration recoveryInterval, Instant now);

	/**
	 * Releases a lease.
	 * @param lane the lane
	 * @param leaseId the lease
	 * @return completion
	 */
	Mono<Void> release(Lane lane, String leaseId);

	/**
	 * The store's answer to a reservation.
	 *
	 * @param delay how long to wait before sending (zero for now); for a refusal, until the cool-down ends
	 * @param refused whether nothing was reserved because a shared cool-down ends after the caller's deadline
	 * @param perMinute the shared pace's level after this reservation, requests per minute, or {@code NaN}
	 * when the store does not say
	 * @param available what could be sent at once after this reservation (the bucket's burst left and the
	 * window's room, the smaller), or {@code -1} when the store does not say
	 */
	record Slot(Duration delay, boolean refused, double perMinute, int available) {

		/**
		 * A slot after {@code delay}, with no level reported.
		 * @param delay the wait, zero for now
		 * @return the slot
		 */
		public static Slot after(Duration delay) {
			return new Slot(delay, false, Double.NaN, -1);
		}

	}

	/**
	 * The shared pace's settings, as configured on every replica: the account's whole allowance.
	 *
	 * @param perMinute the configured pace (requests per minute, the ceiling of adaptive probing)
	 * @param floor the lowest pace a global 429 lowers it to
	 * @param window the window Chameleon counts over
	 * @param burst requests allowed back to back
	 * @param slowdownFactor the most one global 429 lowers the pace by (a factor)
	 * @param adaptive whether the pace probes upwards ({@link PaceMode#ADAPTIVE}) rather than recovering by steps
	 * @param recoveryStep {@link PaceMode#FIXED}: requests per minute regained per quiet interval
	 * @param recoveryInterval {@link PaceMode#FIXED}: the quiet interval
	 * @param probeInterval {@link PaceMode#ADAPTIVE}: the quiet interval before probing
	 */
	record PaceSettings(double perMinute, double floor, Duration window, int burst, double slowdownFactor,
			boolean adaptive, double recoveryStep, Duration recoveryInterval, Duration probeInterval) {
	}

}
