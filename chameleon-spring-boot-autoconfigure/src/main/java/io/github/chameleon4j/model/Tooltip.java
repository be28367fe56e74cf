package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Tooltip: a single-step hint attached to a page element or a custom icon. {@code style} and
 * {@code stats} appear only in some revisions of the reference and may be absent.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name admin-given name
 * @param position list order
 * @param style the style, when sent
 * @param publishedAt last publish time; {@code null} when unpublished
 * @param tagIds Tag IDs
 * @param stats aggregates, when sent
 * @param unknownFields fields this model does not name
 */
public record Tooltip(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable Integer position, @Nullable String style, @Nullable Instant publishedAt, List<String> tagIds,
		@Nullable ExperienceStats stats, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Tooltip {
		tagIds = ModelSupport.copy(tagIds);
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * Whether the Experience is live.
	 * @return {@code true} when {@code published_at} is set
	 */
	public boolean isPublished() {
		return this.publishedAt != null;
	}

}
