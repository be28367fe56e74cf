package io.github.chameleon4j.model;

/**
 * Names one Experience, e.g. in a translation download of a chosen mix of Experiences.
 *
 * @param kind the kind
 * @param id the Chameleon ID
 */
public record ExperienceRef(ExperienceKind kind, String id) {

	public ExperienceRef {
		Arguments.requireNonNull(kind, "kind");
		Arguments.requireText(id, "id");
	}

	/**
	 * The wire form {@code {"kind": "tour", "id": "..."}}.
	 * @return the body element
	 */
	public java.util.Map<String, String> toBody() {
		return java.util.Map.of("kind", this.kind.wireValue(), "id", this.id);
	}

}
