package io.github.chameleon4j.test;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/** A bounded, thread-safe log of recorded requests; the oldest entries are dropped beyond its capacity. */
final class RequestLog {

	private final ConcurrentLinkedDeque<RecordedRequest> entries = new ConcurrentLinkedDeque<>();

	private final AtomicInteger size = new AtomicInteger();

	private final int capacity;

	RequestLog(int capacity) {
		this.capacity = capacity;
	}

	void add(RecordedRequest request) {
		if (this.capacity <= 0) {
			return;
		}
		this.entries.addLast(request);
		if (this.size.incrementAndGet() > this.capacity && this.entries.pollFirst() != null) {
			this.size.decrementAndGet();
		}
	}

	List<RecordedRequest> snapshot() {
		// entries are added when answered; callers expect arrival order
		return this.entries.stream().sorted(Comparator.comparingLong(RecordedRequest::sequence)).toList();
	}

	void clear() {
		this.entries.clear();
		this.size.set(0);
	}

}
