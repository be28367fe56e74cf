package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A Theme. The many {@code style_*} values are kept in {@link #unknownFields()}; {@link #styles()}
 * returns just those.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name the name
 * @param description the description
 * @param css custom CSS
 * @param defaultTheme whether this is the account default ({@code default} on the wire)
 * @param contentSummary short summary
 * @param dashboardUrl link into the dashboard
 * @param unknownFields fields this model does not name
 */
public record Theme(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable String description, @Nullable String css, @JsonProperty("default") @Nullable Boolean defaultTheme,
		@Nullable String contentSummary, @Nullable String dashboardUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Theme {
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * The styling values ({@code style_*} fields) as text.
	 * @return the values by wire name, in the order received
	 */
	public Map<String, String> styles() {
		Map<String, String> styles = new LinkedHashMap<>();
		this.unknownFields.forEach((name, value) -> {
			if (name.startsWith("style_") && value != null) {
				styles.put(name, String.valueOf(value));
			}
		});
		return Collections.unmodifiableMap(styles);
	}

}
