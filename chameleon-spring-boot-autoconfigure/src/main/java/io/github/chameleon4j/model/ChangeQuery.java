package io.github.chameleon4j.model;

import java.util.List;

import org.jspecify.annotations.Nullable;


/**
 * What to read from the change feed. The reference names the property filter {@code filters} in
 * its table and {@code filter} in its example: one property is sent as {@code filter=name},
 * several as repeated {@code filters[]=name}.
 * <pre>{@code
 * ChangeQuery.all().properties(List.of("published_at")).page(PageRequest.ofSize(100))
 * }</pre>
 *
 * @param page page size and bounds, or {@code null} for the first page
 * @param properties only changes of these properties; empty for all
 * @param modelKind only changes of this kind of Experience (account feed only), or {@code null}
 * @param modelId only changes of this model (account feed only), or {@code null}
 */
public record ChangeQuery(@Nullable PageRequest page, List<String> properties, @Nullable ExperienceKind modelKind,
		@Nullable String modelId) {

	public ChangeQuery {
		properties = (properties != null) ? List.copyOf(properties) : List.of();
		if (properties.stream().anyMatch(String::isBlank)) {
			throw new IllegalArgumentException("properties must not hold blank names");
		}
		if (modelId != null) {
			Arguments.requireText(modelId, "modelId");
		}
	}

	/**
	 * Every change, first page.
	 * @return the query
	 */
	public static ChangeQuery all() {
		return new ChangeQuery(null, List.of(), null, null);
	}

	/**
	 * A copy for another page.
	 * @param page the page
	 * @return the copy
	 */
	public ChangeQuery page(PageRequest page) {
		return new ChangeQuery(Arguments.requireNonNull(page, "page"), this.properties, this.modelKind, this.modelId);
	}

	/**
	 * A copy restricted to some properties.
	 * @param properties the property names
	 * @return the copy
	 */
	public ChangeQuery properties(List<String> properties) {
		return new ChangeQuery(this.page, Arguments.requireNonNull(properties, "properties"), this.modelKind,
				this.modelId);
	}

	/**
	 * A copy restricted to one model.
	 * @param kind the kind of Experience
	 * @param id the model ID
	 * @return the copy
	 */
	public ChangeQuery model(ExperienceKind kind, String id) {
		return new ChangeQuery(this.page, this.properties, Arguments.requireNonNull(kind, "kind"),
				Arguments.requireText(id, "id"));
	}

}
