package io.github.chameleon4j.metrics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import io.github.chameleon4j.error.ErrorKind;

/**
 * The {@code chameleon.client.responses} counters of one route (method and URI template), each
 * created on first use and then reused, so counting a response allocates nothing.
 */
final class RouteCounters {

	private static final int FIRST_STATUS = 100;

	private static final int LAST_STATUS = 599;

	private final MeterRegistry registry;

	private final Tags routeTags;

	private final AtomicReferenceArray<Counter> byStatus = new AtomicReferenceArray<>(LAST_STATUS - FIRST_STATUS + 1);

	// statuses outside 100-599 are not HTTP statuses Chameleon sends; kept apart so the array stays small
	private final ConcurrentHashMap<Integer, Counter> unusual = new ConcurrentHashMap<>();

	private volatile Counter transportFailure;

	RouteCounters(MeterRegistry registry, Tags routeTags) {
		this.registry = registry;
		this.routeTags = routeTags;
	}

	Counter forStatus(int status) {
		if (status < FIRST_STATUS || status > LAST_STATUS) {
			return this.unusual.computeIfAbsent(status, this::register);
		}
		int index = status - FIRST_STATUS;
		Counter counter = this.byStatus.get(index);
		if (counter == null) {
			// a race registers the same meter twice; Micrometer returns the existing one
			counter = register(status);
			this.byStatus.set(index, counter);
		}
		return counter;
	}

	Counter forTransportFailure() {
		Counter counter = this.transportFailure;
		if (counter == null) {
			counter = register(ChameleonMeters.IO_ERROR, ResponseOutcome.TRANSPORT_ERROR, ErrorKind.TRANSPORT.name());
			this.transportFailure = counter;
		}
		return counter;
	}

	private Counter register(int status) {
		ResponseOutcome outcome = ResponseOutcome.forStatus(status);
		String kind = (outcome == ResponseOutcome.SUCCESS) ? ChameleonMeters.NONE : ErrorKind.forStatus(status).name();
		return register(Integer.toString(status), outcome, kind);
	}

	private Counter register(String status, ResponseOutcome outcome, String errorKind) {
		return Counter.builder(ChameleonMeters.RESPONSES)
			.description("Attempts sent by the Chameleon client, by response status")
			.tags(this.routeTags)
			.tag(ChameleonMeters.STATUS, status)
			.tag(ChameleonMeters.OUTCOME, outcome.name())
			.tag(ChameleonMeters.ERROR_KIND, errorKind)
			.register(this.registry);
	}

}
