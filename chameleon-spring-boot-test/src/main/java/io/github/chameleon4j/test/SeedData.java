package io.github.chameleon4j.test;

/**
 * How much custom data the seeded profiles and companies carry ({@link ChameleonEmulator.Builder#seedData}).
 *
 * <pre>{@code
 * ChameleonEmulator.builder().seedProfiles(500).seedData(SeedData.MINIMAL).start();
 * }</pre>
 */
public enum SeedData {

	/**
	 * Like a real account (the default): besides the properties of {@link #MINIMAL}, each profile carries 33 to 43
	 * more custom properties (strings up to 600 characters, integers, decimals, booleans, timestamps, arrays of
	 * strings and numbers, nested hashes), about 3.5 KB of JSON per profile, so a 500-profile page weighs about
	 * 1.75 MB (1.67 MiB); each company carries 18 to 22 more (about 1.4 KB). Profiles' values are computed from the seed and the profile's
	 * index when the profile is read, so seeding 100 000 profiles costs no more memory than {@link #MINIMAL};
	 * values written through the API replace them.
	 */
	REALISTIC,

	/**
	 * Only the properties that segments and filters use: profiles {@code email}, {@code role}, {@code plan},
	 * {@code percent}, {@code last_seen_session_count} (about 356 bytes of JSON each, 178 KB per 500-profile page); companies {@code name},
	 * {@code domain}, {@code plan}.
	 */
	MINIMAL

}
