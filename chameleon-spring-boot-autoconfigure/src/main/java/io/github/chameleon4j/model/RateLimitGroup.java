package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Rate Limit Group: caps how many Experiences a user sees per window.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name the name
 * @param description the description
 * @param kind {@code all}, {@code tour}, {@code survey}, {@code tags} or {@code campaigns}
 * @param rateLimitSize max Experiences per window
 * @param rateLimitKind the window, e.g. {@code 7d}
 * @param tagIds Tags when {@code kind=tags}
 * @param campaignIds Experiences when {@code kind=campaigns}
 * @param unknownFields fields this model does not name
 */
public record RateLimitGroup(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable String name, @Nullable String description, @Nullable String kind, @Nullable Integer rateLimitSize,
		@Nullable String rateLimitKind, List<String> tagIds, List<String> campaignIds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public RateLimitGroup {
		tagIds = ModelSupport.copy(tagIds);
		campaignIds = ModelSupport.copy(campaignIds);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
