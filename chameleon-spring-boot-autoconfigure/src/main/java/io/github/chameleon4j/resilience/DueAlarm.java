package io.github.chameleon4j.resilience;

import org.jspecify.annotations.Nullable;

/**
 * What a timeout on a scheduler other than the shared {@link DeadlineTimer} (virtual time in tests) schedules:
 * only a reference to what is due, cleared when that ends first, so that a disposed task still waiting in the
 * scheduler keeps nothing of the call alive.
 */
final class DueAlarm implements Runnable {

	private volatile ExpirySweeper.@Nullable Due target;

	DueAlarm(ExpirySweeper.Due target) {
		this.target = target;
	}

	/** What was due ended first: the alarm does nothing when it runs. */
	void clear() {
		this.target = null;
	}

	@Override
	public void run() {
		ExpirySweeper.Due due = this.target;
		if (due != null) {
			this.target = null;
			due.expire();
		}
	}

}
