package io.github.chameleon4j.resilience;

/**
 * A concurrency lane: the calls that share its key never have more than {@code width} in flight
 * at once, whatever the overall cap allows. Chameleon limits concurrency per endpoint (profile
 * search and count, company list/search, Delivery create per user profile); a concurrency 429
 * from a call in a lane lowers that lane's cap only, so calls outside it never wait for it.
 * <pre>{@code
 * Lane.exclusive("profiles.search");            // one at a time
 * Lane.of("companies.list", 2);                 // two at a time
 * Lane.exclusive("deliveries.create:uid:u-1");  // one lane per user profile
 * }</pre>
 * Lanes are identified by key alone: every call naming a key must give it the same width (the
 * first call that opens the lane sets it).
 *
 * @param key identifies the lane; never blank
 * @param width the most calls of the lane in flight at once; at least 1
 */
public record Lane(String key, int width) {

	/**
	 * Validates the lane.
	 * @param key identifies the lane; never blank
	 * @param width the most calls of the lane in flight at once; at least 1
	 * @throws IllegalArgumentException naming the invalid component
	 */
	public Lane {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("key must not be blank");
		}
		if (width < 1) {
			throw new IllegalArgumentException("width must be at least 1, was " + width);
		}
	}

	/**
	 * A lane of which one call at a time may be in flight.
	 * @param key identifies the lane
	 * @return the lane
	 */
	public static Lane exclusive(String key) {
		return new Lane(key, 1);
	}

	/**
	 * A lane of which {@code width} calls at a time may be in flight.
	 * @param key identifies the lane
	 * @param width at least 1
	 * @return the lane
	 */
	public static Lane of(String key, int width) {
		return new Lane(key, width);
	}

}
