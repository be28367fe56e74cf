package io.github.chameleon4j.model;

import java.util.Locale;

/**
 * How much of an embedded Profile or Company a response includes ({@code expand[profile]=...}).
 */
public enum ExpandLevel {

	/** The full model with every custom property. */
	ALL,

	/** The compact model (ids, uid and timestamps). */
	MIN,

	/** Leave the embedded model out. */
	SKIP;

	/**
	 * The value sent on the wire.
	 * @return the lower-case name
	 */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
