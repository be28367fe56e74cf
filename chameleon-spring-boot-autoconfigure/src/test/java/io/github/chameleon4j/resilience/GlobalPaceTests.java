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

}
