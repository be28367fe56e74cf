package io.github.chameleon4j.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Rate Limit Group with the Experiences it covers.
 *
 * @param limitGroup the group
 * @param tours the Tours
 * @param surveys the Microsurveys
 * @param tags the matched Tags ({@code kind=tags} only)
 * @param unknownFields fields this model does not name
 */
public record RateLimitGroupExperiences(@Nullable RateLimitGroup limitGroup, List<Tour> tours, List<Survey> surveys,
		List<Tag> tags, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public RateLimitGroupExperiences {
		tours = ModelSupport.copy(tours);
		surveys = ModelSupport.copy(surveys);
		tags = ModelSupport.copy(tags);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
