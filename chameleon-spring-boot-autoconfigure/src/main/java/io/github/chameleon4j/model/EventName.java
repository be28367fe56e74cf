package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * An Event Name: a normalized event the account has seen or defined.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name display name
 * @param description the description
 * @param uid normalized identifier, e.g. {@code signed_up}
 * @param kind {@code tracked} or {@code custom}
 * @param source where it came from, e.g. {@code api_v3}
 * @param publishedAt when it became a Tracked event; {@code null} if not tracked
 * @param lastSeenAt last seen
 * @param filters custom-event property filters
 * @param contentSummary short summary
 * @param dashboardUrl link into the dashboard
 * @param unknownFields fields this model does not name
 */
public record EventName(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable String description, @Nullable String uid, @Nullable String kind, @Nullable String source,
		@Nullable Instant publishedAt, @Nullable Instant lastSeenAt, List<Filter> filters, @Nullable String contentSummary,
		@Nullable String dashboardUrl, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public EventName {
		filters = ModelSupport.copy(filters);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
