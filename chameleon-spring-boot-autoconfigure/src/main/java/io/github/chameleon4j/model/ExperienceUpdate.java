package io.github.chameleon4j.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A PATCH of an Experience (Tour, Microsurvey, Embeddable, Tooltip, Launcher): publish or
 * unpublish, and add or remove an Environment or a Tag with the signed-ID convention.
 * <pre>{@code
 * ExperienceUpdate.publish()
 * ExperienceUpdate.unpublish()
 * ExperienceUpdate.none().addTag(tagId).removeEnvironment(urlGroupId)
 * }</pre>
 */
public final class ExperienceUpdate extends ChangeSet {

	private ExperienceUpdate(Map<String, Object> fields) {
		super(fields);
	}

	/**
	 * An empty update to add changes to.
	 * @return the empty update
	 */
	public static ExperienceUpdate none() {
		return new ExperienceUpdate(Map.of());
	}

	/**
	 * Publishes now: {@code "published_at"} is this machine's current time as an ISO-8601
	 * timestamp (e.g. {@code "2029-05-01T09:00:00Z"}), the form of the vendor's examples.
	 * @return the update
	 */
	public static ExperienceUpdate publish() {
		return publishAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Publishes at the given time.
	 * @param at the publish time
	 * @return the update
	 */
	public static ExperienceUpdate publishAt(Instant at) {
		return none().publishedAt(Arguments.requireNonNull(at, "at").toString());
	}

	/**
	 * Unpublishes ({@code "published_at": null}).
	 * @return the update
	 */
	public static ExperienceUpdate unpublish() {
		return none().publishedAt(null);
	}

	private ExperienceUpdate publishedAt(String value) {
		return new ExperienceUpdate(plus("published_at", value));
	}

	/**
	 * Adds the Experience to an Environment ({@code "url_group_id": "+id"}).
	 * @param urlGroupId the Environment ID
	 * @return the update
	 */
	public ExperienceUpdate addEnvironment(String urlGroupId) {
		return new ExperienceUpdate(plus("url_group_id", "+" + Arguments.requireText(urlGroupId, "urlGroupId")));
	}

	/**
	 * Removes the Experience from an Environment ({@code "url_group_id": "-id"}).
	 * @param urlGroupId the Environment ID
	 * @return the update
	 */
	public ExperienceUpdate removeEnvironment(String urlGroupId) {
		return new ExperienceUpdate(plus("url_group_id", "-" + Arguments.requireText(urlGroupId, "urlGroupId")));
	}

	/**
	 * Adds a Tag ({@code "tag_id": "+id"}).
	 * @param tagId the Tag ID
	 * @return the update
	 */
	public ExperienceUpdate addTag(String tagId) {
		return new ExperienceUpdate(plus("tag_id", "+" + Arguments.requireText(tagId, "tagId")));
	}

	/**
	 * Removes a Tag ({@code "tag_id": "-id"}).
	 * @param tagId the Tag ID
	 * @return the update
	 */
	public ExperienceUpdate removeTag(String tagId) {
		return new ExperienceUpdate(plus("tag_id", "-" + Arguments.requireText(tagId, "tagId")));
	}

}
