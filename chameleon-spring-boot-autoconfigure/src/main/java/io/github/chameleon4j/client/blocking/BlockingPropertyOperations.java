package io.github.chameleon4j.client.blocking;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.chameleon4j.client.PropertyOperations;
import io.github.chameleon4j.model.Property;
import io.github.chameleon4j.model.PropertyChange;
import io.github.chameleon4j.model.PropertyKind;

/**
 * Data Properties, blocking: {@link PropertyOperations} with plain results.
 */
public interface BlockingPropertyOperations {

	/**
	 * {@link PropertyOperations#list}.
	 * @param kind profile or company properties
	 * @param integration only this integration's, or {@code null}
	 * @param orderByLastSeen whether the most recently seen come first
	 * @return the properties
	 */
	List<Property> list(PropertyKind kind, @Nullable String integration, boolean orderByLastSeen);

	/**
	 * {@link PropertyOperations#create}.
	 * @param name the name
	 * @param description the description
	 * @param kind profile or company property
	 * @return the property
	 */
	Property create(String name, String description, PropertyKind kind);

	/** {@link PropertyOperations#update}. @param id the property ID @param change the changes @return the property */
	Property update(String id, PropertyChange change);

	/**
	 * {@link PropertyOperations#replace}.
	 * @param id the property ID
	 * @param change the new values
	 * @return the property
	 */
	Property replace(String id, PropertyChange change);

}
