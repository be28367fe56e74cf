package io.github.chameleon4j.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A user's state in a Tour. Unknown values from the server read as {@link #UNKNOWN}. */
public enum InteractionState {

	/** Started. */
	@JsonProperty("started")
	STARTED,

	/** Completed. */
	@JsonProperty("completed")
	COMPLETED,

	/** Dismissed. */
	@JsonProperty("exited")
	EXITED,

	/** Displayed. */
	@JsonProperty("displayed")
	DISPLAYED,

	/** A value this client does not know. */
	@JsonEnumDefaultValue
	UNKNOWN

}
