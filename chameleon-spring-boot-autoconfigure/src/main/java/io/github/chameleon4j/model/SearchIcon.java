package io.github.chameleon4j.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * The icon of a HelpBar group or item: a built-in icon ({@code kind=uid}) or an image.
 *
 * @param kind {@code uid} or {@code image}
 * @param uid built-in icon name, e.g. {@code book_open}
 * @param imageUrl image URL for {@code kind=image}
 * @param imageAlt image alt text
 * @param unknownFields fields this model does not name
 */
public record SearchIcon(@Nullable String kind, @Nullable String uid, @Nullable String imageUrl,
		@Nullable String imageAlt, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SearchIcon {
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * A built-in icon.
	 * @param uid the icon name, e.g. {@code book_open}
	 * @return the icon
	 */
	public static SearchIcon builtIn(String uid) {
		return new SearchIcon("uid", Arguments.requireText(uid, "uid"), null, null, Map.of());
	}

}
