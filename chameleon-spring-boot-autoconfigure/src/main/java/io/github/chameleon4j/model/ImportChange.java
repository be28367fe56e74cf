package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a Data Import to create or change. Setting the trigger ({@link #importNow()} or
 * {@link #importAt(Instant)}) starts the Import; after that it can no longer be changed. Immutable.
 * <pre>{@code
 * ImportChange.none().name("Plan sync").kind(ImportKind.UPDATE_CSV).modelKind("profile")
 *     .createMissing(false)
 *     .properties(List.of(ColumnMapping.of("Email", "email"), ColumnMapping.of("Seats", "seat_count")))
 * }</pre>
 */
public final class ImportChange extends ChangeSet {

	private ImportChange(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * An empty change; the server's defaults apply to everything not set.
	 * @return the empty change
	 */
	public static ImportChange none() {
		return new ImportChange(Map.of());
	}

	/**
	 * Sets the name (also the Tag name of tagging Imports).
	 * @param name the name
	 * @return the change
	 */
	public ImportChange name(String name) {
		return with("name", Arguments.requireText(name, "name"));
	}

	/**
	 * Sets what the Import does (default {@code tag_csv}).
	 * @param kind the kind
	 * @return the change
	 */
	public ImportChange kind(ImportKind kind) {
		return with("kind", Arguments.requireNonNull(kind, "kind").wireValue());
	}

	/**
	 * Sets the record kind (default {@code profile}).
	 * @param modelKind {@code profile} or {@code company}
	 * @return the change
	 */
	public ImportChange modelKind(String modelKind) {
		if (!"profile".equals(modelKind) && !"company".equals(modelKind)) {
			throw new IllegalArgumentException("modelKind must be 'profile' or 'company', was " + modelKind);
		}
		return with("model_kind", modelKind);
	}

	/**
	 * Reuses the Tag of an earlier, finished Import.
	 * @param tagImportId the earlier Import ID
	 * @return the change
	 */
	public ImportChange tagImportId(String tagImportId) {
		return with("tag_import_id", Arguments.requireText(tagImportId, "tagImportId"));
	}

	/**
	 * Sets what happens to rows whose record is unknown ({@code on_model_missing}).
	 * @param create {@code true} to create them (the default), {@code false} to ignore them
	 * @return the change
	 */
	public ImportChange createMissing(boolean create) {
		return with("on_model_missing", create ? "create" : "ignore");
	}

	/**
	 * Sets the column mappings (required for CSV kinds).
	 * @param mappings the mappings
	 * @return the change
	 */
	public ImportChange properties(List<ColumnMapping> mappings) {
		return with("properties", List.copyOf(Arguments.requireNonNull(mappings, "mappings")));
	}

	/**
	 * Sets the filters (filter kinds).
	 * @param filters the filters
	 * @return the change
	 */
	public ImportChange filters(List<Filter> filters) {
		return with("filters", List.copyOf(Arguments.requireNonNull(filters, "filters")));
	}

	/**
	 * Selects included Segments ({@code tag_filters} only), combined with {@code segment_op}.
	 * @param segmentIds the Segment IDs
	 * @param op {@code and} or {@code or}
	 * @return the change
	 */
	public ImportChange segments(List<String> segmentIds, String op) {
		if (!"and".equals(op) && !"or".equals(op)) {
			throw new IllegalArgumentException("op must be 'and' or 'or', was " + op);
		}
		return with("segment_ids", List.copyOf(Arguments.requireNonNull(segmentIds, "segmentIds")))
			.with("segment_op", op);
	}

	/**
	 * Excludes Segments.
	 * @param segmentIds the Segment IDs
	 * @return the change
	 */
	public ImportChange excludedSegments(List<String> segmentIds) {
		return with("excluded_segment_ids", List.copyOf(Arguments.requireNonNull(segmentIds, "segmentIds")));
	}

	/**
	 * Starts the Import now ({@code "import_at": "$now"}, the JSON form of the reference).
	 * @return the change
	 */
	public ImportChange importNow() {
		return with("import_at", "$now");
	}

	/**
	 * Starts the Import at the given time.
	 * @param at the time
	 * @return the change
	 */
	public ImportChange importAt(Instant at) {
		return with("import_at", Arguments.requireNonNull(at, "at").toString());
	}

	private ImportChange with(String name, @Nullable Object value) {
		return new ImportChange(plus(name, value));
	}

}
