package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * An Embeddable: an inline widget rendered inside the page (banner or card).
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param archivedAt archive time
 * @param name admin-given name
 * @param description internal description
 * @param style {@code banner} or {@code card}
 * @param position list order
 * @param segmentIds audience Segment IDs (also read from the older single {@code segment_id})
 * @param publishedAt last publish time; {@code null} when unpublished
 * @param tagIds Tag IDs
 * @param rateUnlimitAt when excluded from rate limiting
 * @param dashboardUrl link into the dashboard
 * @param stats all-time aggregates
 * @param unknownFields fields this model does not name
 */
public record Embed(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable Instant archivedAt, @Nullable String name, @Nullable String description, @Nullable String style,
		@Nullable Integer position, @JsonAlias("segment_id") List<String> segmentIds, @Nullable Instant publishedAt,
		List<String> tagIds, @Nullable Instant rateUnlimitAt, @Nullable String dashboardUrl,
		@Nullable ExperienceStats stats, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Embed {
		segmentIds = ModelSupport.copy(segmentIds);
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
