package io.github.chameleon4j.model;

/** The {@code model_type} of a bulk tag update: which kind of Experience is tagged. */
public enum TaggableType {

	/** Tours, Microsurveys and Embeddables. */
	CAMPAIGN("Campaign"),

	/** Tooltips. */
	TOOLTIP("Tooltip"),

	/** Launchers. */
	LIST("List");

	private final String wireValue;

	TaggableType(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * The value sent on the wire.
	 * @return {@code Campaign}, {@code Tooltip} or {@code List}
	 */
	public String wireValue() {
		return this.wireValue;
	}

}
