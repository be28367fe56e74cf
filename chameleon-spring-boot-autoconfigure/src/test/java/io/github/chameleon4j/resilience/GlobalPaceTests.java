package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/** The global pace's schedule under virtual time: the token bucket plus the hard cap per trailing window. */
class GlobalPaceTests {

	private static final Duration MINUTE = Duration.ofSeconds(60);

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final ExecutorService callers = Executors.newFixedThreadPool(4);

	@AfterEach
	void stopCallers() {
		this.callers.shutdownNow();
	}

	private GlobalPace pace(double perMinute, int burst, Duration window) {
		return new GlobalPace(this.clock, perMinute, 30, 10, Duration.ofSeconds(30), burst, 0.5, window);
	}

	/** Reserves {@code count} slots from four threads at the current virtual instant; returns the allowed-at times (nanos since start). */
	private List<Long> reserveConcurrently(GlobalPace pace, int count) throws Exception {
		long now = TimeUnit.MILLISECONDS.toNanos(this.vts.now(TimeUnit.MILLISECONDS));
		List<Callable<Long>> tasks = Collections.nCopies(count, () -> now + pace.reserve().delay().toNanos());
		List<Long> times = new ArrayList<>();
		for (Future<Long> future : this.callers.invokeAll(tasks)) {
			times.add(future.get());
		}
		Collections.sort(times);
		return times;
	}

	/** The most allowed-at times that fall in any half-open span of the given length. */
	private static int mostInAnySpan(List<Long> sorted, Duration span) {
		int most = 0;
		int first = 0;
		for (int last = 0; last < sorted.size(); last++) {
			while (sorted.get(last) - sorted.get(first) >= span.toNanos()) {
				first++;
			}
			most = Math.max(most, last - first + 1);
		}
		return most;
	}

	private static Duration withMargin(Duration window) {
		return window.plus(window.dividedBy(100));
	}

	@Test
	void whenTheBurstIsSpentAndTheWindowIsFullThenTheNextWaitsForTheWindowAndMargin() {
		GlobalPace pace = pace(60, 10, Duration.ofSeconds(10));
		assertThat(pace.windowCap()).isEqualTo(10);
		for (int i = 0; i < 10; i++) {
			assertThat(pace.reserve().delay()).isZero();
		}
		// the bucket alone would allow 1s; the window holds it until 10s + 100ms margin
		assertThat(pace.reserve().delay()).isEqualTo(Duration.ofMillis(10_100));
		assertThat(pace.reserve().delay()).isEqualTo(Duration.ofMillis(10_100));
	}

	@Test
	void whenManyCallersReserveAtTheAllowanceThenNoTrailingWindowHoldsMoreThanTheCap() throws Exception {
		GlobalPace pace = pace(100, 10, MINUTE);
		List<Long> times = new ArrayList<>(reserveConcurrently(pace, 400));
		// a quiet spell refills the bucket: its burst must still not overfill the window
		this.vts.advanceTimeBy(Duration.ofMinutes(5));
		times.addAll(reserveConcurrently(pace, 300));
		this.vts.advanceTimeBy(Duration.ofSeconds(517));
		times.addAll(reserveConcurrently(pace, 300));
		Collections.sort(times);
		assertThat(times).hasSize(1000);
		assertThat(mostInAnySpan(times, withMargin(MINUTE))).isEqualTo(100);
		for (int i = 0; i + 100 < times.size(); i++) {
			assertThat(times.get(i + 100) - times.get(i)).isGreaterThanOrEqualTo(withMargin(MINUTE).toNanos());
		}
	}

	@Test
	void whenTheWindowIsShorterThanAMinuteThenItsCapIsTheProRataShareRoundedDown() throws Exception {
		Duration window = Duration.ofSeconds(10);
		GlobalPace pace = pace(100, 10, window);
		assertThat(pace.windowCap()).isEqualTo(16);
		List<Long> times = reserveConcurrently(pace, 1000);
		assertThat(mostInAnySpan(times, withMargin(window))).isEqualTo(16);
		// and the one-minute allowance is never exceeded either
		assertThat(mostInAnySpan(times, MINUTE)).isLessThanOrEqualTo(100);
	}

	@Test
	void whenDemandIsSustainedThenTheRateIsThePaceWithinTwoPercent() throws Exception {
		GlobalPace pace = pace(100, 10, MINUTE);
		List<Long> times = reserveConcurrently(pace, 1000);
		double minutes = (times.get(times.size() - 1) - times.get(0)) / 60e9;
		double perMinute = (times.size() - 1) / minutes;
		assertThat(perMinute).isBetween(98.0, 102.0);
		// in steady state, past the first burst: 800 requests over eight windows plus margins
		double steadyMinutes = (times.get(900) - times.get(100)) / 60e9;
		assertThat(800 / steadyMinutes).isBetween(98.0, 102.0);
	}

	@Test
	void whenTheServerSaysSlowDownThenTheCapHalvesAndGrowsBackAfterQuietIntervals() {
		GlobalPace pace = pace(100, 10, MINUTE);
		assertThat(pace.windowCap()).isEqualTo(100);
		pace.slowDown();
		assertThat(pace.windowCap()).isEqualTo(50);
		this.vts.advanceTimeBy(Duration.ofSeconds(30));
		assertThat(pace.windowCap()).isEqualTo(60);
		this.vts.advanceTimeBy(Duration.ofSeconds(120));
		assertThat(pace.windowCap()).isEqualTo(100);
		assertThat(pace.currentPerMinute()).isEqualTo(100);
	}

	@Test
	void whenAReservedRequestIsSentLateThenTheWindowCountsFromItsActualSend() {
		GlobalPace pace = pace(60, 10, Duration.ofSeconds(10));
		GlobalPace.Reservation first = pace.reserve();
		for (int i = 1; i < 10; i++) {
			pace.reserve();
		}
		// the first request only went out 300 ms later (a cold connection, a permit, the gate)
		this.vts.advanceTimeBy(Duration.ofMillis(300));
		pace.sent(first.ticket());
		// the window is full until that send plus window and margin: 300 ms + 10.1 s, i.e. 10.1 s from now
		assertThat(pace.reserve().delay()).isEqualTo(Duration.ofMillis(10_100));
	}

	@Test
	void whenATicketIsNoLongerRetainedThenReportingItsSendChangesNothing() {
		GlobalPace pace = pace(60, 10, Duration.ofSeconds(10));
		GlobalPace.Reservation old = pace.reserve();
		for (int i = 1; i < 10; i++) {
			pace.reserve();
		}
		this.vts.advanceTimeBy(Duration.ofSeconds(11));
		for (int i = 0; i < 10; i++) {
			pace.reserve();
		}
		this.vts.advanceTimeBy(Duration.ofMillis(500));
		pace.sent(old.ticket());
		pace.sent(Long.MAX_VALUE);
		assertThat(pace.retained()).isEqualTo(10);
		assertThat(pace.reserve().delay()).isEqualTo(Duration.ofMillis(9_600));
	}

	@Test
	void whenA429ArrivesAtTheFullCapThenThePaceLosesOneRequestPerWindowNotHalf() throws Exception {
		GlobalPace pace = pace(100, 10, MINUTE);
		reserveConcurrently(pace, 100);
		// all 100 have been sent (the last at 54 s) and are still inside the window
		this.vts.advanceTimeBy(Duration.ofSeconds(55));
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(99);
		assertThat(pace.windowCap()).isEqualTo(99);
	}

	@Test
	void whenThePaceIsAboveTheAccountsAllowanceThenOne429BringsItDownToWhatTheServerAccepted() throws Exception {
		GlobalPace pace = pace(100, 10, MINUTE);
		// the server allowed 60 in its minute; the 61st (sent at 30.6 s) got the 429
		reserveConcurrently(pace, 61);
		this.vts.advanceTimeBy(Duration.ofSeconds(31));
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(60);
	}

	@Test
	void whenTheServerAcceptedFarLessThanThePaceThenOneStepLowersItOnlyBySlowdownFactor() throws Exception {
		GlobalPace pace = pace(100, 10, MINUTE);
		reserveConcurrently(pace, 5);
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(50);
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(30);
	}

	@Test
	void whenTheCapIsHalvedThenNewReservationsKeepToItAndRegainTheFullCapAfterRecovery() throws Exception {
		GlobalPace pace = new GlobalPace(this.clock, 100, 30, 10, Duration.ofSeconds(30), 10, 0.5, MINUTE);
		List<Long> before = reserveConcurrently(pace, 100);
		pace.slowDown();
		List<Long> after = reserveConcurrently(pace, 300);
		List<Long> times = new ArrayList<>(before);
		times.addAll(after);
		Collections.sort(times);
		for (int j = before.size(); j < times.size(); j++) {
			// each new reservation waits for the 50th most recent one, old ones included, to leave the window
			assertThat(times.get(j) - times.get(j - 50)).isGreaterThanOrEqualTo(withMargin(MINUTE).toNanos());
		}
		// long after everything reserved has been sent, quiet intervals have restored the full cap
		this.vts.advanceTimeBy(Duration.ofMinutes(30));
		assertThat(pace.windowCap()).isEqualTo(100);
		List<Long> recovered = reserveConcurrently(pace, 200);
		assertThat(mostInAnySpan(recovered, withMargin(MINUTE))).isEqualTo(100);
	}

	@Test
	void whenReservingForHoursThenOnlyTheLastWindowsWorthIsRetained() throws Exception {
		GlobalPace pace = pace(100, 10, MINUTE);
		for (int minute = 0; minute < 100; minute++) {
			reserveConcurrently(pace, 100);
			this.vts.advanceTimeBy(MINUTE);
		}
		assertThat(pace.retained()).isEqualTo(100);
		GlobalPace small = pace(6, 1, Duration.ofSeconds(10));
		for (int i = 0; i < 50; i++) {
			small.reserve();
		}
		assertThat(small.windowCap()).isEqualTo(1);
		assertThat(small.retained()).isEqualTo(1);
	}

	private GlobalPace adaptive(double ceiling, Duration probeInterval) {
		return new GlobalPace(this.clock, PaceMode.ADAPTIVE, ceiling, 30, 10, Duration.ofSeconds(30), probeInterval, 10, 0.5,
				MINUTE);
	}

	@Test
	void whenAnAdaptivePaceMeetsA429ThenItHoldsWhatTheServerAcceptedForTheProbeIntervalThenProbesUpInDoublingSteps() throws Exception {
		GlobalPace pace = adaptive(120, Duration.ofMinutes(5));
		assertThat(pace.currentPerMinute()).isEqualTo(120);
		// an account allowed 60 a minute: the 61st request (sent at 25.5 s) draws the 429
		reserveConcurrently(pace, 61);
		this.vts.advanceTimeBy(Duration.ofSeconds(26));
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(60);
		this.vts.advanceTimeBy(Duration.ofMinutes(5).minusMillis(1));
		assertThat(pace.currentPerMinute()).as("held until the probe interval has passed").isEqualTo(60);
		this.vts.advanceTimeBy(Duration.ofMillis(1));
		assertThat(pace.currentPerMinute()).as("one more request per window").isEqualTo(61);
		List<Double> probes = new ArrayList<>();
		for (int window = 0; window < 6; window++) {
			this.vts.advanceTimeBy(MINUTE);
			probes.add(pace.currentPerMinute());
		}
		// each quiet window doubles the step, up to the ceiling
		assertThat(probes).containsExactly(63.0, 67.0, 75.0, 91.0, 120.0, 120.0);
	}

	@Test
	void whenAProbeDrawsA429ThenTheAdaptivePaceFallsBackToTheAllowanceAndHoldsItAgain() throws Exception {
		GlobalPace pace = adaptive(120, Duration.ofMinutes(5));
		reserveConcurrently(pace, 61);
		this.vts.advanceTimeBy(Duration.ofSeconds(26));
		pace.slowDown();
		this.vts.advanceTimeBy(Duration.ofMinutes(5));
		assertThat(pace.currentPerMinute()).isEqualTo(61);
		// at the probe level the window holds the 60 the server admitted and the one it refused
		reserveConcurrently(pace, 61);
		this.vts.advanceTimeBy(Duration.ofSeconds(55));
		assertThat(pace.currentPerMinute()).isEqualTo(61);
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(60);
		this.vts.advanceTimeBy(Duration.ofMinutes(5).minusMillis(1));
		assertThat(pace.currentPerMinute()).isEqualTo(60);
	}

	@Test
	void whenSeveral429sArriveInOneWindowThenNoneOfTheRefusedRequestsCountsAsAccepted() throws Exception {
		GlobalPace pace = adaptive(120, Duration.ofMinutes(5));
		// 60 admitted, then two sent together and both refused
		reserveConcurrently(pace, 62);
		this.vts.advanceTimeBy(Duration.ofSeconds(27));
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(61);
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(60);
		// a minute later those refusals have left the window with the requests
		this.vts.advanceTimeBy(MINUTE);
		pace.slowDown();
		assertThat(pace.currentPerMinute()).as("nothing sent in the window: only the factor applies").isEqualTo(30);
	}

	@Test
	void whenThePaceIsLoweredThenTheSlotsNotYetDueMoveToTheLowerPaceInOrder() {
		GlobalPace pace = pace(120, 1, MINUTE);
		List<GlobalPace.Reservation> reservations = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			reservations.add(pace.reserve());
		}
		assertThat(reservations).extracting(GlobalPace.Reservation::delay)
			.containsExactly(Duration.ZERO, Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(1500),
					Duration.ofSeconds(2));
		// the first one drew a 429: the pace halves, and the four still waiting move to 1 s apart
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(60);
		assertThat(reservations).extracting((reservation) -> pace.slot(reservation.ticket()) - reservation.slot())
			.containsExactly(0L, 500_000_000L, 1_000_000_000L, 1_500_000_000L, 2_000_000_000L);
		// a new reservation comes after them
		assertThat(pace.reserve().delay()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void whenTheConfiguredPaceChangesThenAPaceAtItFollowsAndALoweredOneStaysBelow() throws Exception {
		GlobalPace pace = adaptive(120, Duration.ofMinutes(5));
		pace.configure(90);
		assertThat(pace.currentPerMinute()).isEqualTo(90);
		assertThat(pace.windowCap()).isEqualTo(90);
		reserveConcurrently(pace, 61);
		this.vts.advanceTimeBy(Duration.ofSeconds(40));
		pace.slowDown();
		assertThat(pace.currentPerMinute()).isEqualTo(60);
		pace.configure(200);
		assertThat(pace.currentPerMinute()).as("the level found is kept").isEqualTo(60);
		pace.configure(40);
		assertThat(pace.currentPerMinute()).isEqualTo(40);
		this.vts.advanceTimeBy(Duration.ofHours(1));
		assertThat(pace.currentPerMinute()).as("never probes above the configured pace").isEqualTo(40);
	}

	@Test
	void availablePermissionsAreTheBurstLeftWithinTheWindowsRoomOrMinusTheWaitingReservations() {
		GlobalPace pace = pace(60, 3, Duration.ofSeconds(10));
		assertThat(pace.availablePermissions()).isEqualTo(3);
		pace.reserve();
		assertThat(pace.availablePermissions()).isEqualTo(2);
		pace.reserve();
		pace.reserve();
		assertThat(pace.availablePermissions()).isZero();
		pace.reserve();
		pace.reserve();
		assertThat(pace.waiting()).isEqualTo(2);
		assertThat(pace.availablePermissions()).isEqualTo(-2);
		this.vts.advanceTimeBy(Duration.ofSeconds(2));
		assertThat(pace.waiting()).isZero();
		// five of the window's ten are used; the bucket has regained nothing yet beyond its spacing
		assertThat(pace.availablePermissions()).isBetween(0, 5);
		this.vts.advanceTimeBy(Duration.ofSeconds(20));
		assertThat(pace.availablePermissions()).isEqualTo(3);
		assertThat(pace.drain()).isEqualTo(10);
		assertThat(pace.availablePermissions()).isZero();
		assertThat(pace.reserve().delay()).isEqualTo(Duration.ofMillis(10_100));
	}

	@Test
	void aReservationWithABoundedWaitReservesNothingWhenTheWaitWouldBeLonger() {
		GlobalPace pace = pace(60, 2, MINUTE);
		assertThat(pace.reserve(2, 0)).isZero();
		assertThat(pace.reserve(1, Duration.ofMillis(999).toNanos())).isEqualTo(-1);
		assertThat(pace.reserve(3, Duration.ofSeconds(2).toNanos())).isEqualTo(-1);
		assertThat(pace.reserve(2, Duration.ofSeconds(2).toNanos())).isEqualTo(Duration.ofSeconds(2).toNanos());
		assertThat(pace.reserve().delay()).isEqualTo(Duration.ofSeconds(3));
	}

}
