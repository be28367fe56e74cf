package io.github.chameleon4j.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * The admin who made a change.
 *
 * @param id the ID
 * @param name the name
 * @param email the email
 * @param unknownFields fields this model does not name
 */
public record ChangeAuthor(String id, @Nullable String name, @Nullable String email,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ChangeAuthor {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
