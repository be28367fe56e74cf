package io.github.chameleon4j.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a bulk tag update: adds or removes one Tag (by ID or by name, creating it if
 * needed), or replaces a model's whole Tag set. Immutable.
 * <pre>{@code
 * TagUpdate.addTagNamed(tourId, TaggableType.CAMPAIGN, "Q2 launch")
 * TagUpdate.setTagNames(launcherId, TaggableType.LIST, List.of("Onboarding", "Self-serve"))
 * }</pre>
 */
public final class TagUpdate {

	private final Map<String, Object> body;

	private TagUpdate(String modelId, TaggableType modelType, String field, Object value) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("model_id", Arguments.requireText(modelId, "modelId"));
		fields.put("model_type", Arguments.requireNonNull(modelType, "modelType").wireValue());
		fields.put(field, value);
		this.body = java.util.Collections.unmodifiableMap(fields);
	}

	/**
	 * Adds an existing Tag ({@code "tag_id": "+id"}).
	 * @param modelId the Experience ID
	 * @param modelType the Experience type
	 * @param tagId the Tag ID
	 * @return the update
	 */
	public static TagUpdate addTag(String modelId, TaggableType modelType, String tagId) {
		return new TagUpdate(modelId, modelType, "tag_id", "+" + Arguments.requireText(tagId, "tagId"));
	}

	/**
	 * Removes a Tag ({@code "tag_id": "-id"}).
	 * @param modelId the Experience ID
	 * @param modelType the Experience type
	 * @param tagId the Tag ID
	 * @return the update
	 */
	public static TagUpdate removeTag(String modelId, TaggableType modelType, String tagId) {
		return new TagUpdate(modelId, modelType, "tag_id", "-" + Arguments.requireText(tagId, "tagId"));
	}

	/**
	 * Adds a Tag by name, creating it if needed ({@code "tag_name": "+Name"}).
	 * @param modelId the Experience ID
	 * @param modelType the Experience type
	 * @param name the Tag name
	 * @return the update
	 */
	public static TagUpdate addTagNamed(String modelId, TaggableType modelType, String name) {
		return new TagUpdate(modelId, modelType, "tag_name", "+" + Arguments.requireText(name, "name"));
	}

	/**
	 * Removes a Tag by name ({@code "tag_name": "-Name"}).
	 * @param modelId the Experience ID
	 * @param modelType the Experience type
	 * @param name the Tag name
	 * @return the update
	 */
	public static TagUpdate removeTagNamed(String modelId, TaggableType modelType, String name) {
		return new TagUpdate(modelId, modelType, "tag_name", "-" + Arguments.requireText(name, "name"));
	}

	/**
	 * Makes the model's Tags exactly these names, creating missing Tags ({@code tag_names}).
	 * @param modelId the Experience ID
	 * @param modelType the Experience type
	 * @param names the Tag names; empty removes every Tag
	 * @return the update
	 */
	public static TagUpdate setTagNames(String modelId, TaggableType modelType, List<String> names) {
		return new TagUpdate(modelId, modelType, "tag_names", List.copyOf(Arguments.requireNonNull(names, "names")));
	}

	/**
	 * The wire form of this element.
	 * @return the fields
	 */
	public Map<String, Object> toBody() {
		return this.body;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TagUpdate update && this.body.equals(update.body);
	}

	@Override
	public int hashCode() {
		return this.body.hashCode();
	}

	@Override
	public String toString() {
		return "TagUpdate" + this.body;
	}

}
