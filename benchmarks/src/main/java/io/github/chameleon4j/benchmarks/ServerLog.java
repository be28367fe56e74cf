package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.chameleon4j.test.RecordedRequest;

/**
 * What the emulator saw during a run, counted from the first request's arrival for a fixed span:
 * successes, 429s, and requests that arrived inside a hint window (after a 429 carrying a wait
 * was answered and before that wait had passed).
 */
record ServerLog(long requests, long successes, long rateLimited, long early) {

	static ServerLog of(List<RecordedRequest> log, Duration span) {
		List<RecordedRequest> sorted = new ArrayList<>(log);
		sorted.sort(Comparator.comparing(RecordedRequest::startedAt));
		if (sorted.isEmpty()) {
			return new ServerLog(0, 0, 0, 0);
		}
		Instant from = sorted.get(0).startedAt();
		Instant to = from.plus(span);
		List<RecordedRequest> inSpan = sorted.stream().filter((r) -> r.startedAt().isBefore(to)).toList();
		// hint windows, ordered by when the 429 was answered
		List<RecordedRequest> hinted = sorted.stream()
			.filter((r) -> r.status() == 429 && !r.waitHint().isZero())
			.sorted(Comparator.comparing(RecordedRequest::finishedAt))
			.toList();
		long early = 0;
		int next = 0;
		Instant windowEnd = Instant.MIN;
		for (RecordedRequest request : inSpan) {
			while (next < hinted.size() && hinted.get(next).finishedAt().isBefore(request.startedAt())) {
				Instant end = hinted.get(next).finishedAt().plus(hinted.get(next).waitHint());
				windowEnd = end.isAfter(windowEnd) ? end : windowEnd;
				next++;
			}
			if (request.startedAt().isBefore(windowEnd)) {
				early++;
			}
		}
		long successes = inSpan.stream().filter((r) -> r.status() >= 200 && r.status() < 300).count();
		long limited = inSpan.stream().filter((r) -> r.status() == 429).count();
		return new ServerLog(inSpan.size(), successes, limited, early);
	}

}
