package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A source of HelpBar results (a help centre, a blog, ...).
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param url site results are pulled from
 * @param title group label
 * @param integration search backend; default {@code bing}
 * @param position order
 * @param lastTestAt last successful URL test
 * @param icon the icon
 * @param urlOptions detected source details ({@code integration}, {@code title}, {@code results_count})
 * @param unknownFields fields this model does not name
 */
public record SearchGroup(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String url,
		@Nullable String title, @Nullable String integration, @Nullable Integer position, @Nullable Instant lastTestAt,
		@Nullable SearchIcon icon, Map<String, Object> urlOptions,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SearchGroup {
		urlOptions = ModelSupport.copy(urlOptions);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
