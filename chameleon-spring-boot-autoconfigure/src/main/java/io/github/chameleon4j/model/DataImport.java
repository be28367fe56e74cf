package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A Data Import: a CSV- or filter-driven bulk job on Profiles or Companies.
 *
 * @param id the Chameleon ID
 * @param createdAt creation time
 * @param updatedAt last update
 * @param name the name (also the Tag name for tagging imports)
 * @param kind what the job does
 * @param modelKind {@code profile} or {@code company}
 * @param tagImportId earlier Import whose Tag is reused
 * @param onModelMissing {@code create} or {@code ignore}
 * @param headColumns parsed preview
 * @param importAt the trigger time; the Import runs once set
 * @param properties CSV column mappings
 * @param filters filters for {@code *_filters} kinds
 * @param segmentIds included Segments ({@code tag_filters})
 * @param segmentOp {@code and} or {@code or} (also read from {@code segments_op})
 * @param excludedSegmentIds excluded Segments
 * @param stats progress and counts
 * @param unknownFields fields this model does not name
 */
public record DataImport(String id, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String name,
		@Nullable ImportKind kind, @Nullable String modelKind, @Nullable String tagImportId,
		@Nullable String onModelMissing, List<ColumnPreview> headColumns, @Nullable Instant importAt,
		List<ColumnMapping> properties, List<Filter> filters, List<String> segmentIds,
		@JsonAlias("segments_op") @Nullable String segmentOp, List<String> excludedSegmentIds, @Nullable ImportStats stats,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public DataImport {
		headColumns = ModelSupport.copy(headColumns);
		properties = ModelSupport.copy(properties);
		filters = ModelSupport.copy(filters);
		segmentIds = ModelSupport.copy(segmentIds);
		excludedSegmentIds = ModelSupport.copy(excludedSegmentIds);
		unknownFields = ModelSupport.copy(unknownFields);
	}

}
