package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A CSV import of HelpBar items and its progress.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param file the stored file reference
 * @param filename the uploaded file name
 * @param searchGroupId the target group
 * @param headColumns parsed first rows
 * @param stats progress and counts
 * @param unknownFields fields this model does not name
 */
public record SearchImport(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable Object file, @Nullable String filename, @Nullable String searchGroupId, List<ColumnPreview> headColumns,
		@Nullable ImportStats stats, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SearchImport {
		headColumns = ModelSupport.copy(headColumns);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
