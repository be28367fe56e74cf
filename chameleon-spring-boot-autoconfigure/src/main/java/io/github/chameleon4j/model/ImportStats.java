package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * Progress and counts of an import job.
 *
 * @param dataSize bytes uploaded
 * @param rowsCount rows in the file
 * @param lastRow last processed row
 * @param lastImportState {@code started}, {@code completed}, {@code retrying} or {@code error}
 * @param lastImportError the last error
 * @param lastImportAt when the last run finished
 * @param lastImportElapsed seconds the last run took
 * @param createdCount records created
 * @param updatedCount records updated
 * @param deletedCount records deleted
 * @param unknownFields fields this model does not name
 */
public record ImportStats(@Nullable Long dataSize, @Nullable Long rowsCount, @Nullable Long lastRow,
		@Nullable String lastImportState, @Nullable String lastImportError, @Nullable Instant lastImportAt,
		@Nullable Double lastImportElapsed, @Nullable Long createdCount, @Nullable Long updatedCount,
		@Nullable Long deletedCount, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ImportStats {
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * Whether the job finished successfully.
	 * @return {@code true} when the state is {@code completed}
	 */
	public boolean isCompleted() {
		return "completed".equals(this.lastImportState);
	}

}
