package io.github.chameleon4j.sample;

import java.time.Duration;
import java.util.Map;

/**
 * What the sample job did, and how the client got there.
 *
 * @param identified profiles sent through the identify hook
 * @param profilesPaged profiles read back by paging through every profile
 * @param deliveriesCreated Deliveries newly created for the segment's members
 * @param deliveriesFailed Deliveries that failed (for example 409 at the pending limit)
 * @param callsByStatus attempts by HTTP status (from {@code chameleon.client.responses})
 * @param waits time spent waiting before sending, by reason (from {@code chameleon.client.wait})
 * @param retries attempts that were retried
 * @param elapsed how long the job took
 */
public record JobSummary(int identified, long profilesPaged, long deliveriesCreated, long deliveriesFailed,
		Map<String, Long> callsByStatus, Map<String, Duration> waits, long retries, Duration elapsed) {

	/**
	 * A short, multi-line report for the log.
	 * @return the report
	 */
	public String report() {
		return String.format("Chameleon sample job finished in %.1fs%n  identified: %d, paged: %d, deliveries created: %d"
				+ " (failed: %d)%n  calls by status: %s%n  waits: %s%n  retries: %d", this.elapsed.toMillis() / 1000.0,
				this.identified, this.profilesPaged, this.deliveriesCreated, this.deliveriesFailed, this.callsByStatus,
				this.waits, this.retries);
	}

}
