package io.github.chameleon4j.resilience;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import reactor.core.scheduler.Scheduler;

/** A clock that reads a (virtual time) scheduler, so clock and delays move together (shared by the tests). */
public final class VirtualClock extends Clock {

	private final Scheduler scheduler;

	public VirtualClock(Scheduler scheduler) {
		this.scheduler = scheduler;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.ofEpochMilli(this.scheduler.now(TimeUnit.MILLISECONDS));
	}

}
