package io.github.chameleon4j.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * Counts requests against a limit per window. {@code sliding} keeps the arrival times of the last N admitted
 * requests (the {@code global} strategy: "N per minute"); otherwise the window is fixed, starting at the first
 * request after the previous one ended (the {@code bucket} strategy: "N started within S seconds").
 */
final class RequestWindow {

	private final boolean sliding;

	private final ArrayDeque<Instant> admitted = new ArrayDeque<>();

	private int limit;

	private Duration window;

	private Instant windowStart;

	private int count;

	RequestWindow(boolean sliding, int limit, Duration window) {
		this.sliding = sliding;
		configure(limit, window);
	}

	synchronized void configure(int limit, Duration window) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1, was " + limit);
		}
		if (window == null || window.isZero() || window.isNegative()) {
			throw new IllegalArgumentException("window must be positive, was " + window);
		}
		this.limit = limit;
		this.window = window;
		clear();
	}

	synchronized void clear() {
		this.admitted.clear();
		this.windowStart = null;
		this.count = 0;
	}

	synchronized int limit() {
		return this.limit;
	}

	synchronized Duration window() {
		return this.window;
	}

	/** Admits the request (returns 0) or returns the whole seconds, at least 1, until the window frees. */
	synchronized long tryAcquire(Instant now) {
		return this.sliding ? slide(now) : fixed(now);
	}

	private long slide(Instant now) {
		Instant horizon = now.minus(this.window);
		while (!this.admitted.isEmpty() && !this.admitted.peekFirst().isAfter(horizon)) {
			this.admitted.pollFirst();
		}
		if (this.admitted.size() < this.limit) {
			this.admitted.addLast(now);
			return 0;
		}
		return secondsUntil(now, this.admitted.peekFirst().plus(this.window));
	}

	private long fixed(Instant now) {
		if (this.windowStart == null || !now.isBefore(this.windowStart.plus(this.window))) {
			this.windowStart = now;
			this.count = 0;
		}
		if (this.count < this.limit) {
			this.count++;
			return 0;
		}
		return secondsUntil(now, this.windowStart.plus(this.window));
	}

	private static long secondsUntil(Instant now, Instant frees) {
		long millis = Duration.between(now, frees).toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

}
