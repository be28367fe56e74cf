package io.github.chameleon4j.model;

/**
 * The kinds of Experience that have their own collection under {@code /v3/edit}. The reference
 * lists singular values ({@code tour}) for the {@code :kind} / {@code :model_kind} path segments
 * while its concrete examples use the plural collection ({@code /v3/edit/tours/<id>/changes});
 * the client follows the examples and puts {@link #collection()} in paths.
 */
public enum ExperienceKind {

	/** Tours. */
	TOUR("tour", "tours"),

	/** Microsurveys. */
	SURVEY("survey", "surveys"),

	/** Embeddables. */
	EMBED("embed", "embeds"),

	/** Launchers. */
	LAUNCHER("launcher", "launchers"),

	/** Tooltips. */
	TOOLTIP("tooltip", "tooltips");

	private final String wireValue;

	private final String collection;

	ExperienceKind(String wireValue, String collection) {
		this.wireValue = wireValue;
		this.collection = collection;
	}

	/**
	 * The singular value used in bodies and query parameters.
	 * @return e.g. {@code tour}
	 */
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * The collection name used in paths.
	 * @return e.g. {@code tours}
	 */
	public String collection() {
		return this.collection;
	}

}
