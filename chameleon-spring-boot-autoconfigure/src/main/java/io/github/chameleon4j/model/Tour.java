package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Tour. {@code segment_ids} is also read from the older single {@code segment_id}.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name admin-given name
 * @param style {@code auto} or {@code manual}
 * @param position list order
 * @param experimentAt when A/B experimentation was enabled
 * @param experimentRange range of {@code Profile.percent} in the experiment
 * @param segmentIds audience Segment IDs
 * @param publishedAt last publish time; {@code null} when unpublished
 * @param tagIds Tag IDs
 * @param rateUnlimitAt when excluded from rate limiting
 * @param dashboardUrl link into the dashboard
 * @param contentSummary short summary of content
 * @param contentSemantics semantic analysis of content
 * @param audienceSummary short summary of the audience
 * @param stats all-time aggregates
 * @param unknownFields fields this model does not name (older revisions' {@code archived_at}, ...)
 */
public record Tour(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable String style, @Nullable Integer position, @Nullable Instant experimentAt,
		@Nullable String experimentRange, @JsonAlias("segment_id") @Nullable List<String> segmentIds,
		@Nullable Instant publishedAt, @Nullable List<String> tagIds, @Nullable Instant rateUnlimitAt,
		@Nullable String dashboardUrl, @Nullable String contentSummary, @Nullable String contentSemantics,
		@Nullable String audienceSummary, @Nullable ExperienceStats stats,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Tour {
		segmentIds = ModelSupport.copy(segmentIds);
		tagIds = ModelSupport.copy(tagIds);
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * Whether the Tour is live.
	 * @return {@code true} when {@code published_at} is set
	 */
	public boolean isPublished() {
		return this.publishedAt != null;
	}

}
