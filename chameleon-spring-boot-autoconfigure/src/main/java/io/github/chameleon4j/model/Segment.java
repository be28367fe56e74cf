package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A saved audience (read-only through the API).
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name the name
 * @param items the filter items
 * @param itemsOp {@code and} or {@code or}
 * @param unknownFields fields this model does not name
 */
public record Segment(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable List<Filter> items, @Nullable String itemsOp,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Segment {
		items = ModelSupport.copy(items);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
