package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a Launcher.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param kind {@code url}, {@code tour}, {@code survey}, {@code script} or {@code divider}
 * @param title the title
 * @param description the description
 * @param segmentId per-item audience
 * @param url the link when {@code kind=url}
 * @param campaignId the Tour or Microsurvey when {@code kind=tour} or {@code survey}
 * @param script JavaScript run on click when {@code kind=script}
 * @param hide whether the item disappears once clicked or completed
 * @param unknownFields fields this model does not name
 */
public record LauncherItem(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable String kind, @Nullable String title, @Nullable String description, @Nullable String segmentId,
		@Nullable String url, @Nullable String campaignId, @Nullable String script, @Nullable Boolean hide,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public LauncherItem {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
