package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A domain ("Url"): a host on which Chameleon may run.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param urlGroupId its Environment; {@code null} for the Default one
 * @param host fully-qualified host
 * @param domain registrable domain
 * @param enabled {@code on}, {@code off} or {@code subdomain}
 * @param installedAt snippet first detected
 * @param firstSeenAt first identified profile
 * @param lastSeenAt latest identified profile
 * @param unlisted deprecated, superseded by {@code archived_at}
 * @param archivedAt archive time
 * @param unknownFields fields this model does not name
 */
public record Domain(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable String urlGroupId, @Nullable String host, @Nullable String domain, @Nullable String enabled,
		@Nullable Instant installedAt, @Nullable Instant firstSeenAt, @Nullable Instant lastSeenAt,
		@Nullable Boolean unlisted, @Nullable Instant archivedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Domain {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
