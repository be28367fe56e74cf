package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * One finished Microsurvey answer (first step plus optional follow-up steps).
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param surveyId the Microsurvey
 * @param profileId the answering profile
 * @param href page URL where it was shown
 * @param buttonText label of the clicked button
 * @param buttonOrder 0-based index of the clicked button (NPS score, CES value, ...)
 * @param buttonId the clicked button
 * @param inputText free text of the first step or follow-up question 1
 * @param commentStepInputText2 free text of follow-up question 2
 * @param dropdownItems dropdown options picked on step 1
 * @param otherText dropdown "other" text
 * @param finishedAt when the last step was completed
 * @param profile the embedded Profile, per {@code expand}
 * @param unknownFields every other field (the {@code comment_step_*} answers, ...)
 */
public record SurveyResponse(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable String surveyId, @Nullable String profileId, @Nullable String href, @Nullable String buttonText,
		@Nullable Integer buttonOrder, @Nullable String buttonId, @Nullable String inputText,
		@Nullable String commentStepInputText2, @Nullable Object dropdownItems, @Nullable String otherText,
		@Nullable Instant finishedAt, @Nullable Profile profile,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SurveyResponse {
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
