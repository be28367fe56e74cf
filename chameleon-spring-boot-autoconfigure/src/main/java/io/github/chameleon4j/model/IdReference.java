package io.github.chameleon4j.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * A reference to a record by Chameleon ID, as returned by the observe hooks and deletions.
 *
 * @param id the Chameleon ID
 * @param unknownFields fields this model does not name
 */
public record IdReference(String id, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public IdReference {
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * A reference with only an ID.
	 * @param id the ID
	 * @return the reference
	 */
	public static IdReference of(String id) {
		return new IdReference(id, Map.of());
	}

}
