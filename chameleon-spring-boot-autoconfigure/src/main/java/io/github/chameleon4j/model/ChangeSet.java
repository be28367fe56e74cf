package io.github.chameleon4j.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An ordered set of field changes for a PATCH body, where an explicit {@code null} is meaningful
 * (for example {@code "published_at": null} unpublishes). Immutable: every method returns a copy.
 */
public class ChangeSet {

	private final Map<String, Object> fields;

	protected ChangeSet(Map<String, Object> fields) {
		this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/**
	 * A copy with one more field.
	 * @param name the wire name
	 * @param value the value, possibly {@code null}
	 * @return the new field map
	 */
	protected Map<String, Object> plus(String name, @Nullable Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(this.fields);
		copy.put(name, value);
		return copy;
	}

	/**
	 * The body to send, with explicit nulls kept.
	 * @return the fields
	 */
	public Map<String, Object> toBody() {
		return this.fields;
	}

	/**
	 * Whether nothing would be changed.
	 * @return {@code true} when empty
	 */
	public boolean isEmpty() {
		return this.fields.isEmpty();
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && this.fields.equals(((ChangeSet) other).fields);
	}

	@Override
	public int hashCode() {
		return this.fields.hashCode();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + this.fields;
	}

}
