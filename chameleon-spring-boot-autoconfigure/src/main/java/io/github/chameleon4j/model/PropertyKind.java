package io.github.chameleon4j.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What a data Property describes. Unknown values from the server read as {@link #UNKNOWN}. */
public enum PropertyKind {

	/** A User Profile property. */
	@JsonProperty("profile")
	PROFILE,

	/** A Company property. */
	@JsonProperty("company")
	COMPANY,

	/** An event property. */
	@JsonProperty("event")
	EVENT,

	/** A value this client does not know. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/**
	 * The value sent on the wire.
	 * @return {@code profile}, {@code company} or {@code event}
	 */
	public String wireValue() {
		return switch (this) {
			case PROFILE -> "profile";
			case COMPANY -> "company";
			case EVENT -> "event";
			case UNKNOWN -> throw new IllegalStateException("UNKNOWN cannot be sent");
		};
	}

}
