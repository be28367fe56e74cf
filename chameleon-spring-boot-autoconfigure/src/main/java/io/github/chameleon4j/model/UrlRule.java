package io.github.chameleon4j.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A URL rule deciding where something shows.
 *
 * @param id the ID, when stored
 * @param url the URL or pattern
 * @param matchType {@code simple}, {@code exact}, {@code regex}, {@code inverse_simple} or {@code inverse_exact}
 * @param unknownFields fields this model does not name
 */
public record UrlRule(String id, @Nullable String url, @Nullable String matchType,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public UrlRule {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
