package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Runtime fault injection. Obtain it from {@link ChameleonEmulator#faults()}. Faults apply before authentication,
 * like failures of the real service's edge. Deterministic faults ({@link #failNext}) win over random ones
 * ({@link #randomly}), which draw from a {@link Random} seeded by the builder's seed.
 */
public final class EmulatorFaults {

	private final long seed;

	private final LinkedList<Planned> planned = new LinkedList<>();

	private final List<RandomRule> rules = new ArrayList<>();

	private Random random;

	private volatile Instant outageUntil;

	private record RandomRule(double probability, Fault fault) {
	}

	private static final class Planned {

		final Fault fault;

		final String pathPrefix;

		int remaining;

		Planned(int remaining, Fault fault, String pathPrefix) {
			this.remaining = remaining;
			this.fault = fault;
			this.pathPrefix = pathPrefix;
		}

	}

	EmulatorFaults(long seed) {
		this.seed = seed;
		clear();
	}

	/** The next {@code count} requests (any path) get {@code fault}. */
	public EmulatorFaults failNext(int count, Fault fault) {
		return failNext(count, fault, "/");
	}

	/** The next {@code count} requests whose path starts with {@code pathPrefix} get {@code fault}. */
	public synchronized EmulatorFaults failNext(int count, Fault fault, String pathPrefix) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1, was " + count);
		}
		this.planned.add(new Planned(count, Objects.requireNonNull(fault, "fault"),
				Objects.requireNonNull(pathPrefix, "pathPrefix")));
		return this;
	}

	/** Each request gets {@code fault} with the given probability (0..1); rules are tried in the order added. */
	public synchronized EmulatorFaults randomly(double probability, Fault fault) {
		if (probability < 0 || probability > 1) {
			throw new IllegalArgumentException("probability must be between 0 and 1, was " + probability);
		}
		this.rules.add(new RandomRule(probability, Objects.requireNonNull(fault, "fault")));
		return this;
	}

	/** Every request fails with 503 {@code {"code":503,"messages":[]}} until the emulator's clock reaches {@code until}. */
	public EmulatorFaults outageUntil(Instant until) {
		this.outageUntil = until;
		return this;
	}

	/** Removes every fault and the outage, and re-seeds the random source. */
	public synchronized void clear() {
		this.planned.clear();
		this.rules.clear();
		this.random = new Random(this.seed);
		this.outageUntil = null;
	}

	boolean inOutage(Instant now) {
		Instant until = this.outageUntil;
		return until != null && now.isBefore(until);
	}

	/** The fault for this request, or null. */
	synchronized Fault next(String path) {
		Iterator<Planned> iterator = this.planned.iterator();
		while (iterator.hasNext()) {
			Planned next = iterator.next();
			if (path.startsWith(next.pathPrefix)) {
				if (--next.remaining == 0) {
					iterator.remove();
				}
				return next.fault;
			}
		}
		for (RandomRule rule : this.rules) {
			if (this.random.nextDouble() < rule.probability()) {
				return rule.fault();
			}
		}
		return null;
	}

}
