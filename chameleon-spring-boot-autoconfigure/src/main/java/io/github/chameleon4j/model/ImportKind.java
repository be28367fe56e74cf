package io.github.chameleon4j.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What a Data Import does. Unknown values from the server read as {@link #UNKNOWN}. */
public enum ImportKind {

	/** Tag the records listed in a CSV. */
	@JsonProperty("tag_csv")
	TAG_CSV,

	/** Tag the records matching filters. */
	@JsonProperty("tag_filters")
	TAG_FILTERS,

	/** Set properties from CSV columns. */
	@JsonProperty("update_csv")
	UPDATE_CSV,

	/** Delete the records listed in a CSV. */
	@JsonProperty("delete_csv")
	DELETE_CSV,

	/** Delete the records matching filters. */
	@JsonProperty("delete_filters")
	DELETE_FILTERS,

	/** A value this client does not know. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/**
	 * The value sent on the wire.
	 * @return e.g. {@code tag_csv}
	 */
	public String wireValue() {
		if (this == UNKNOWN) {
			throw new IllegalStateException("UNKNOWN cannot be sent");
		}
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
