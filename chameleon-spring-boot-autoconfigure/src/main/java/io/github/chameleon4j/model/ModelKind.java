package io.github.chameleon4j.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of Experience a Delivery shows. Unknown values from the server read as {@link #UNKNOWN}. */
public enum ModelKind {

	/** A Tour. */
	@JsonProperty("tour")
	TOUR,

	/** A Microsurvey. */
	@JsonProperty("survey")
	SURVEY,

	/** A value this client does not know. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/**
	 * The value sent on the wire.
	 * @return {@code tour} or {@code survey}
	 */
	public String wireValue() {
		return switch (this) {
			case TOUR -> "tour";
			case SURVEY -> "survey";
			case UNKNOWN -> throw new IllegalStateException("UNKNOWN cannot be sent");
		};
	}

}
