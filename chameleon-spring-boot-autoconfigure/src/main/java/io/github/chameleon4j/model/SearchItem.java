package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * Your own searchable HelpBar content, keyed by your {@code uid}.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param uid your unique key for the content
 * @param title the title
 * @param description the description
 * @param pinnedAt pin time; only pinned items show in the recommended group
 * @param searchGroupId group it shows in
 * @param profileIds visible only to these profiles (Chameleon IDs)
 * @param profileUids visible only to these profiles (your IDs)
 * @param companyIds visible only to these companies (Chameleon IDs)
 * @param companyUids visible only to these companies (your IDs)
 * @param segmentIds visible only to current members of these Segments
 * @param icon the icon
 * @param actions what runs on click, in order
 * @param titleLabels labels on the title
 * @param descriptionLabels labels on the description
 * @param unknownFields fields this model does not name
 */
public record SearchItem(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String uid,
		@Nullable String title, @Nullable String description, @Nullable Instant pinnedAt, @Nullable String searchGroupId,
		List<String> profileIds, List<String> profileUids, List<String> companyIds, List<String> companyUids,
		List<String> segmentIds, @Nullable SearchIcon icon, List<SearchAction> actions, List<SearchLabel> titleLabels,
		List<SearchLabel> descriptionLabels, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SearchItem {
		profileIds = ModelSupport.copy(profileIds);
		profileUids = ModelSupport.copy(profileUids);
		companyIds = ModelSupport.copy(companyIds);
		companyUids = ModelSupport.copy(companyUids);
		segmentIds = ModelSupport.copy(segmentIds);
		actions = ModelSupport.copy(actions);
		titleLabels = ModelSupport.copy(titleLabels);
		descriptionLabels = ModelSupport.copy(descriptionLabels);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
