package io.github.chameleon4j.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A label on a HelpBar item's title or description.
 *
 * @param text the text
 * @param themeUid a SearchLabelTheme ID or a built-in theme such as {@code filled_green}
 * @param unknownFields fields this model does not name
 */
public record SearchLabel(@Nullable String text, @Nullable String themeUid,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SearchLabel {
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * A label.
	 * @param text the text
	 * @param themeUid a theme ID or built-in theme name
	 * @return the label
	 */
	public static SearchLabel of(String text, String themeUid) {
		return new SearchLabel(Arguments.requireText(text, "text"), Arguments.requireText(themeUid, "themeUid"), Map.of());
	}

}
