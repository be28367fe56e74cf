package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * An Alert Group: notifies the team when Experiences stop being seen or completed.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name the name
 * @param kind {@code all}, {@code tour}, {@code survey}, {@code tags} or {@code campaigns}
 * @param interval days without activity before alerting
 * @param publishedAt publish time
 * @param style {@code unseen} or {@code uncompleted}
 * @param lastNotifiedAt last notification
 * @param tagIds Tags when {@code kind=tags}
 * @param campaignIds Experiences when {@code kind=campaigns}
 * @param slackUid Slack channel ID
 * @param optInSlackAt Slack notifications enabled
 * @param emails notified addresses
 * @param optInEmailAt email notifications enabled
 * @param experiences the Experiences currently matching
 * @param unknownFields fields this model does not name
 */
public record AlertGroup(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable String kind, @Nullable Integer interval, @Nullable Instant publishedAt, @Nullable String style,
		@Nullable Instant lastNotifiedAt, List<String> tagIds, List<String> campaignIds, @Nullable String slackUid,
		@Nullable Instant optInSlackAt, List<String> emails, @Nullable Instant optInEmailAt,
		List<AlertedExperience> experiences, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public AlertGroup {
		tagIds = ModelSupport.copy(tagIds);
		campaignIds = ModelSupport.copy(campaignIds);
		emails = ModelSupport.copy(emails);
		experiences = ModelSupport.copy(experiences);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
