package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Microsurvey ({@code survey} on the wire). {@code steps} appear in webhook payloads and are
 * kept as raw maps.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name admin-given name
 * @param position list order
 * @param segmentIds audience Segment IDs (also read from {@code segment_id})
 * @param publishedAt last publish time; {@code null} when unpublished
 * @param tagIds Tag IDs
 * @param rateUnlimitAt when excluded from rate limiting
 * @param dashboardUrl link into the dashboard
 * @param experimentAt when A/B experimentation was enabled
 * @param experimentRange range of {@code Profile.percent} in the experiment
 * @param contentSummary short summary of content
 * @param contentSemantics semantic analysis of content
 * @param audienceSummary short summary of the audience
 * @param lastDropdownItems dropdown options any user has selected
 * @param stats all-time aggregates
 * @param steps the steps, when present
 * @param unknownFields fields this model does not name
 */
public record Survey(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable Integer position, @JsonAlias("segment_id") @Nullable List<String> segmentIds,
		@Nullable Instant publishedAt, @Nullable List<String> tagIds, @Nullable Instant rateUnlimitAt,
		@Nullable String dashboardUrl, @Nullable Instant experimentAt, @Nullable String experimentRange,
		@Nullable String contentSummary, @Nullable String contentSemantics, @Nullable String audienceSummary,
		@Nullable List<String> lastDropdownItems, @Nullable ExperienceStats stats,
		@Nullable List<Map<String, Object>> steps, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Survey {
		segmentIds = ModelSupport.copy(segmentIds);
		tagIds = ModelSupport.copy(tagIds);
		lastDropdownItems = ModelSupport.copy(lastDropdownItems);
		steps = ModelSupport.copy(steps);
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * Whether the Microsurvey is live.
	 * @return {@code true} when {@code published_at} is set
	 */
	public boolean isPublished() {
		return this.publishedAt != null;
	}

}
