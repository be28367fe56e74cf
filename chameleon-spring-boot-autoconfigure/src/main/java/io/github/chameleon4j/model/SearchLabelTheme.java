package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * The look of HelpBar labels; its {@code id} is usable as a {@link SearchLabel#themeUid()}.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name the name
 * @param style {@code outline} or {@code filled}
 * @param styleColorText text colour (hex)
 * @param styleColorBackground background colour (hex; filled only)
 * @param unknownFields fields this model does not name
 */
public record SearchLabelTheme(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable String name, @Nullable String style, @Nullable String styleColorText,
		@Nullable String styleColorBackground, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SearchLabelTheme {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
