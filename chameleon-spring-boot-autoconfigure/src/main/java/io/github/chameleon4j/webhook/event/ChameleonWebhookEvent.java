package io.github.chameleon4j.webhook.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.webhook.WebhookMessage;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A verified Chameleon webhook, published once per webhook id. Listen for this type to receive every
 * topic, or for a subclass to receive one family ({@link TourEvent}, {@link ResponseFinishedEvent},
 * ...). Topics this version does not know arrive as {@link UnknownWebhookEvent}.
 *
 * <p>Typed accessors decode {@code data} lazily with a lenient mapper; {@link #data()} is always the
 * raw object.
 */
public abstract class ChameleonWebhookEvent {

	// Our own lenient instance, never the application's: payload decoding must not depend on app settings.
	private static final JsonMapper MAPPER = ChameleonJson.newMapper();

	private final WebhookMessage message;

	protected ChameleonWebhookEvent(WebhookMessage message) {
		this.message = Objects.requireNonNull(message, "message");
	}

	/** The webhook id; stable across Chameleon's redeliveries. */
	public String id() {
		return this.message.id();
	}

	/** The topic as sent, e.g. {@code tour.completed}. */
	public String topic() {
		return this.message.kind();
	}

	/** When Chameleon sent the webhook. */
	public Instant sentAt() {
		return this.message.sentAt();
	}

	/** The raw {@code data} object (never {@code null}; treat it as read-only). */
	public JsonNode data() {
		return this.message.data();
	}

	/** The verified message, including the raw body bytes. */
	public WebhookMessage message() {
		return this.message;
	}

	/**
	 * Decodes {@code data.<field>} into {@code type}, leniently (unknown properties are ignored,
	 * snake_case names map to camelCase).
	 * @return the decoded value, or {@code null} when the field is absent or {@code null}
	 * @throws WebhookPayloadException when the field cannot be decoded into {@code type}
	 */
	public <T> @Nullable T decode(String field, Class<T> type) {
		JsonNode node = node(field);
		if (node == null) {
			return null;
		}
		try {
			return MAPPER.treeToValue(node, type);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw payloadException(field, type, ex);
		}
	}

	/** Decodes the array {@code data.<field>}; empty when absent. */
	protected <T> List<T> decodeList(String field, Class<T> type) {
		JsonNode node = node(field);
		if (node == null || !node.isArray()) {
			return List.of();
		}
		List<T> values = new ArrayList<>();
		for (JsonNode element : node.values()) {
			try {
				values.add(MAPPER.treeToValue(element, type));
			}
			catch (JacksonException | IllegalArgumentException ex) {
				throw payloadException(field + "[" + values.size() + "]", type, ex);
			}
		}
		return Collections.unmodifiableList(values);
	}

	// Jackson's message quotes the value it could not read (an e-mail address, free text): keep only the
	// path of property names and drop the exception.
	private WebhookPayloadException payloadException(String field, Class<?> type, RuntimeException ex) {
		StringBuilder path = new StringBuilder(field);
		if (ex instanceof JacksonException jackson) {
			for (JacksonException.Reference reference : jackson.getPath()) {
				if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
				else if (reference.getPropertyName() != null) {
					// A map key is data, not schema.
					path.append('.').append(isMap(reference.from()) ? "*" : reference.getPropertyName());
				}
			}
		}
		return new WebhookPayloadException(id(), topic(), path.toString(), type);
	}

	private static boolean isMap(@Nullable Object from) {
		return (from instanceof Map) || (from instanceof Class<?> type && Map.class.isAssignableFrom(type));
	}

	/** The raw {@code data.<field>}, or {@code null} when absent or JSON {@code null}. */
	protected @Nullable JsonNode node(String field) {
		JsonNode node = data().get(field);
		return (node == null || node.isNull() || node.isMissingNode()) ? null : node;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[id=" + id() + ", topic=" + topic() + ", sentAt=" + sentAt() + "]";
	}

}
