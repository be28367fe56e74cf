package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

/**
 * A PATCH of a pending Delivery (a triggered one answers 409).
 * <pre>{@code
 * DeliveryUpdate.none().until(Instant.parse("2029-05-01T00:00:00Z")).options(Map.of("cta", "Go"))
 * }</pre>
 */
public final class DeliveryUpdate extends ChangeSet {

	private DeliveryUpdate(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * An empty update to add changes to.
	 * @return the empty update
	 */
	public static DeliveryUpdate none() {
		return new DeliveryUpdate(Map.of());
	}

	/**
	 * Changes the start of the delivery window.
	 * @param from the instant
	 * @return the update
	 */
	public DeliveryUpdate from(Instant from) {
		return new DeliveryUpdate(plus("from", Arguments.requireNonNull(from, "from").toString()));
	}

	/**
	 * Changes the end of the delivery window.
	 * @param until the instant
	 * @return the update
	 */
	public DeliveryUpdate until(Instant until) {
		return new DeliveryUpdate(plus("until", Arguments.requireNonNull(until, "until").toString()));
	}

	/**
	 * Replaces the merge-tag data.
	 * @param options the data
	 * @return the update
	 */
	public DeliveryUpdate options(Map<String, ?> options) {
		return new DeliveryUpdate(plus("options", Map.copyOf(Arguments.requireNonNull(options, "options"))));
	}

	/**
	 * Changes whether the audience must match at delivery time.
	 * @param value the flag
	 * @return the update
	 */
	public DeliveryUpdate useSegmentation(boolean value) {
		return new DeliveryUpdate(plus("use_segmentation", value));
	}

	/**
	 * Changes whether users who saw the Experience are skipped.
	 * @param value the flag
	 * @return the update
	 */
	public DeliveryUpdate once(boolean value) {
		return new DeliveryUpdate(plus("once", value));
	}

	/**
	 * Sets any other create parameter by its wire name.
	 * @param name the wire name, e.g. {@code skip_triggers}
	 * @param value the value
	 * @return the update
	 */
	public DeliveryUpdate set(String name, Object value) {
		return new DeliveryUpdate(plus(Arguments.requireText(name, "name"), value));
	}

}
