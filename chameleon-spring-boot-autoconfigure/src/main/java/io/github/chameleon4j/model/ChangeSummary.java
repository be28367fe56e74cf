package io.github.chameleon4j.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * The rolled-up changes of one Experience (sent without a wrapper key). {@code object} is kept
 * generic because the reference describes it only loosely.
 *
 * @param modelId the Experience
 * @param path key path
 * @param kind {@code create}, {@code update} or {@code destroy}
 * @param changeId first and last change IDs
 * @param captureId screen-capture IDs before and after ({@code after} may be {@code null})
 * @param object the changes of the Experience's own properties
 * @param changes the changes of child models (Steps, Buttons)
 * @param unknownFields fields this model does not name
 */
public record ChangeSummary(@Nullable String modelId, @Nullable String path, @Nullable String kind,
		List<String> changeId, List<String> captureId, @Nullable Object object, List<ChangeUpdate> changes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ChangeSummary {
		changeId = ModelSupport.copy(changeId);
		captureId = ModelSupport.copy(captureId);
		changes = ModelSupport.copy(changes);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
