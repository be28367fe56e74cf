package io.github.chameleon4j.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new outgoing-webhook subscription. {@code experienceIds} is optional: the reference marks it
 * required in one table, but the vendor's own examples omit it to receive events for every
 * Experience, so the client omits it when empty.
 * <pre>{@code
 * WebhookSubscriptionRequest.of("https://hooks.example.org/chameleon", List.of("tour.completed"))
 * }</pre>
 *
 * @param url the HTTPS destination
 * @param topics the topic names (§7.4), at least one
 * @param experienceIds restrict to these Tours/Microsurveys; empty for all
 * @param kind {@code webhook} or {@code zapier_hook}
 */
public record WebhookSubscriptionRequest(String url, List<String> topics, List<String> experienceIds,
		WebhookKind kind) {

	public WebhookSubscriptionRequest {
		Arguments.requireText(url, "url");
		if (!url.regionMatches(true, 0, "https://", 0, 8)) {
			throw new IllegalArgumentException("url must use https");
		}
		Arguments.requireNonNull(topics, "topics");
		if (topics.isEmpty() || topics.stream().anyMatch((topic) -> topic == null || topic.isBlank())) {
			throw new IllegalArgumentException("topics must hold at least one non-blank topic");
		}
		topics = List.copyOf(topics);
		experienceIds = (experienceIds != null) ? List.copyOf(experienceIds) : List.of();
		Arguments.requireNonNull(kind, "kind");
	}

	/**
	 * A plain webhook for every Experience.
	 * @param url the HTTPS destination
	 * @param topics the topics
	 * @return the request
	 */
	public static WebhookSubscriptionRequest of(String url, List<String> topics) {
		return new WebhookSubscriptionRequest(url, topics, List.of(), WebhookKind.WEBHOOK);
	}

	/**
	 * A copy restricted to some Experiences.
	 * @param ids the Tour/Microsurvey IDs
	 * @return the copy
	 */
	public WebhookSubscriptionRequest forExperiences(List<String> ids) {
		return new WebhookSubscriptionRequest(this.url, this.topics, ids, this.kind);
	}

	/**
	 * A copy with another kind.
	 * @param kind the kind
	 * @return the copy
	 */
	public WebhookSubscriptionRequest withKind(WebhookKind kind) {
		return new WebhookSubscriptionRequest(this.url, this.topics, this.experienceIds, kind);
	}

	/**
	 * The wire form.
	 * @return the body
	 */
	public Map<String, Object> toBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", this.kind.wireValue());
		body.put("url", this.url);
		body.put("topics", this.topics);
		if (!this.experienceIds.isEmpty()) {
			body.put("experience_ids", this.experienceIds);
		}
		return body;
	}

	@Override
	public String toString() {
		return "WebhookSubscriptionRequest[kind=" + this.kind + ", topics=" + this.topics + "]";
	}

}
