package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * The account's single HelpBar ("Search"). Colours ({@code style_*}) and {@code oids} are kept in
 * {@link #unknownFields()}. The association is {@code groups} in the schema and {@code search_groups}
 * in request bodies; both are read.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param placeholder input placeholder
 * @param keyMeta whether the shortcut needs CMD/CTRL
 * @param keyUid shortcut letter
 * @param titleRecent label of the "recent" group
 * @param titlePinned label of the "pinned"/"recommended" group
 * @param publishedAt publish time; users see it only once set
 * @param urlGroupIds Environments where it runs
 * @param publishedUpdatedAt {@code updated_at} at the last publish
 * @param publishedUserId admin who last published
 * @param labelThemes label themes
 * @param groups result sources
 * @param unknownFields fields this model does not name
 */
public record HelpBar(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable String placeholder, @Nullable Boolean keyMeta, @Nullable String keyUid, @Nullable String titleRecent,
		@Nullable String titlePinned, @Nullable Instant publishedAt, List<String> urlGroupIds,
		@Nullable Instant publishedUpdatedAt, @Nullable String publishedUserId, List<SearchLabelTheme> labelThemes,
		@JsonAlias("search_groups") List<SearchGroup> groups,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public HelpBar {
		urlGroupIds = ModelSupport.copy(urlGroupIds);
		labelThemes = ModelSupport.copy(labelThemes);
		groups = ModelSupport.copy(groups);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
