package io.github.chameleon4j.model;

import java.util.Map;

/**
 * The editable fields of a data Property. Immutable.
 * <pre>{@code
 * PropertyChange.none().name("Renewal date").description("Next contract renewal")
 * }</pre>
 */
public final class PropertyChange extends ChangeSet {

	private PropertyChange(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * An empty change to add fields to.
	 * @return the empty change
	 */
	public static PropertyChange none() {
		return new PropertyChange(Map.of());
	}

	/**
	 * Sets the display name.
	 * @param name the name
	 * @return the change
	 */
	public PropertyChange name(String name) {
		return new PropertyChange(plus("name", Arguments.requireText(name, "name")));
	}

	/**
	 * Sets the description.
	 * @param description the description
	 * @return the change
	 */
	public PropertyChange description(String description) {
		return new PropertyChange(plus("description", Arguments.requireNonNull(description, "description")));
	}

}
