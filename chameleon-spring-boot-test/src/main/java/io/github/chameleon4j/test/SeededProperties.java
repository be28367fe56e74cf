package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The custom properties that {@link SeedData#REALISTIC} gives seeded profiles and companies. Nothing is stored per
 * record: each value is computed when it is read, from the emulator's seed, the record's index and the property's
 * place in its catalogue ({@link SeedTraits}), so rendering a page builds its values on the fly and a filter on one
 * property computes only that property.
 */
final class SeededProperties {

	/** Salts that keep profile {@code i} and company {@code i} from drawing the same numbers. */
	private static final long PROFILE = 0x70726f66696c65L;

	private static final long COMPANY = 0x636f6d70616e79L;

	private static final Catalogue PROFILES = new Catalogue(SeedTraits.profile());

	private static final Catalogue COMPANIES = new Catalogue(SeedTraits.company());

	private final long seed;

	private final Instant anchor;

	/** Generated timestamps lie before {@code anchor} (the emulator's start), like the records' own. */
	SeededProperties(long seed, Instant anchor) {
		this.seed = seed;
		this.anchor = anchor;
	}

	/** Every generated property profile {@code index} has, in catalogue order. */
	Map<String, Object> profile(int index) {
		return all(PROFILES, PROFILE, index);
	}

	boolean profileHas(int index, String name) {
		return has(PROFILES, PROFILE, index, name);
	}

	/** The generated value of one profile property; {@code null} when the profile has no such property. */
	Object profileValue(int index, String name) {
		return value(PROFILES, PROFILE, index, name);
	}

	/** Every generated property company {@code index} has, in catalogue order. */
	Map<String, Object> company(int index) {
		return all(COMPANIES, COMPANY, index);
	}

	private Map<String, Object> all(Catalogue catalogue, long kind, int index) {
		Subject subject = new Subject(this.seed ^ kind, index, this.anchor);
		Map<String, Object> out = new LinkedHashMap<>();
		for (int slot = 0; slot < catalogue.traits.size(); slot++) {
			Trait trait = catalogue.traits.get(slot);
			SplittableRandom random = subject.random(slot);
			if (present(trait, random)) {
				out.put(trait.name(), trait.value().of(subject, random));
			}
		}
		return out;
	}

	private boolean has(Catalogue catalogue, long kind, int index, String name) {
		Integer slot = catalogue.slots.get(name);
		return slot != null
				&& present(catalogue.traits.get(slot), new Subject(this.seed ^ kind, index, this.anchor).random(slot));
	}

	private Object value(Catalogue catalogue, long kind, int index, String name) {
		Integer slot = catalogue.slots.get(name);
		if (slot == null) {
			return null;
		}
		Subject subject = new Subject(this.seed ^ kind, index, this.anchor);
		Trait trait = catalogue.traits.get(slot);
		SplittableRandom random = subject.random(slot);
		return present(trait, random) ? trait.value().of(subject, random) : null;
	}

	/** The first draw of a property's random decides whether an optional property is there at all. */
	private static boolean present(Trait trait, SplittableRandom random) {
		return trait.presence() >= 1.0 || random.nextDouble() < trait.presence();
	}

	/** A property: its name, the share of records that have it, and how its value is drawn. */
	record Trait(String name, double presence, Value value) {

		static Trait always(String name, Value value) {
			return new Trait(name, 1.0, value);
		}

		static Trait sometimes(String name, double presence, Value value) {
			return new Trait(name, presence, value);
		}

	}

	/** Draws one property's value for a record. */
	@FunctionalInterface
	interface Value {

		Object of(Subject subject, SplittableRandom random);

	}

	/**
	 * The record a value is drawn for. {@link #pick} gives choices that several properties share (the same city in
	 * {@code address} and {@code timezone}, the same browser in {@code browser_n} and {@code user_agent}).
	 */
	static final class Subject {

		private final long seed;

		private final int index;

		private final Instant anchor;

		Subject(long seed, int index, Instant anchor) {
			this.seed = seed;
			this.index = index;
			this.anchor = anchor;
		}

		int index() {
			return this.index;
		}

		/** The instant generated timestamps count back from. */
		Instant anchor() {
			return this.anchor;
		}

		/** A stable choice in {@code [0, bound)} for this record and {@code aspect}. */
		int pick(Aspect aspect, int bound) {
			return new SplittableRandom(mix(this.seed, this.index, -1 - aspect.ordinal())).nextInt(bound);
		}

		SplittableRandom random(int slot) {
			return new SplittableRandom(mix(this.seed, this.index, slot));
		}

		private static long mix(long seed, long index, long slot) {
			long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + slot * 0x94D049BB133111EBL;
			z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
			z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
			return z ^ (z >>> 31);
		}

	}

	/** Choices that more than one property of a record depends on. */
	enum Aspect {

		CITY, BROWSER, MOBILE

	}

	private static final class Catalogue {

		final List<Trait> traits;

		final Map<String, Integer> slots = new HashMap<>();

		Catalogue(List<Trait> traits) {
			this.traits = List.copyOf(traits);
			for (int slot = 0; slot < traits.size(); slot++) {
				if (this.slots.put(traits.get(slot).name(), slot) != null) {
					throw new IllegalStateException("Duplicate seeded property " + traits.get(slot).name());
				}
			}
		}

	}

}
