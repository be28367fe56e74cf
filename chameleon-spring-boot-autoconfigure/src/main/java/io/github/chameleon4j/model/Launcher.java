package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Launcher: a menu or checklist of items opened from an icon or an element.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name admin-given name
 * @param title displayed title
 * @param description displayed description
 * @param preset {@code icon}, {@code element}, {@code icon_checklist}, {@code updates} or {@code faqs}
 * @param segmentIds audience Segment IDs (also read from the older single {@code segment_id})
 * @param publishedAt last publish time; {@code null} when unpublished
 * @param tagIds Tag IDs
 * @param listType {@code default} or {@code checklist}
 * @param searchPlaceholder search input placeholder
 * @param quantifierUrl deprecated single URL rule
 * @param quantifierUrls URL rules
 * @param triggerText trigger text
 * @param blockedDomains domains where it must not show
 * @param emptyStateContent markdown shown when every item is done or hidden
 * @param iconSize icon size
 * @param screenPosition {@code bottom_left} or {@code bottom_right}
 * @param positionType {@code relative_to_screen} or {@code snap_to_element}
 * @param trigger {@code click} or {@code hover}
 * @param triggerType how it is opened ({@code custom_icon}, {@code element}, {@code icon_checklist}, ...)
 * @param items the items, in order
 * @param stats display and open aggregates
 * @param unknownFields fields this model does not name
 */
public record Launcher(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable String title, @Nullable String description, @Nullable String preset,
		@JsonAlias("segment_id") List<String> segmentIds, @Nullable Instant publishedAt, List<String> tagIds,
		@Nullable String listType, @Nullable String searchPlaceholder, @Nullable String quantifierUrl,
		List<UrlRule> quantifierUrls, @Nullable String triggerText, @Nullable String blockedDomains,
		@Nullable String emptyStateContent, @Nullable String iconSize, @Nullable String screenPosition,
		@Nullable String positionType, @Nullable String trigger, @Nullable String triggerType, List<LauncherItem> items,
		@Nullable ExperienceStats stats, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Launcher {
		segmentIds = ModelSupport.copy(segmentIds);
		tagIds = ModelSupport.copy(tagIds);
		quantifierUrls = ModelSupport.copy(quantifierUrls);
		items = ModelSupport.copy(items);
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
