package io.github.chameleon4j.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * What happens when a HelpBar item is clicked. Only {@code kind} and {@code helpbar_state} are
 * common; the kind-specific fields ({@code url}, {@code event_name}, {@code href}, ...) live in
 * {@link #unknownFields()} because the vendor's list of kinds is open and inconsistent.
 * <pre>{@code
 * SearchAction.navigate("/reports/8812")
 * SearchAction.of("calendly", Map.of("href", "{{calendly_csm_url}}"))
 * }</pre>
 *
 * @param kind the action kind, e.g. {@code url}, {@code navigate}, {@code event}, {@code tour}
 * @param helpbarState {@code open} keeps the HelpBar open; {@code null} closes it
 * @param unknownFields the kind-specific fields
 */
public record SearchAction(String kind, @Nullable String helpbarState,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SearchAction {
		unknownFields = ModelSupport.copy(unknownFields);
	}

	/**
	 * An action of any kind with its fields.
	 * @param kind the kind
	 * @param fields the kind-specific fields by wire name
	 * @return the action
	 */
	public static SearchAction of(String kind, Map<String, Object> fields) {
		return new SearchAction(Arguments.requireText(kind, "kind"), null,
				new LinkedHashMap<>(Arguments.requireNonNull(fields, "fields")));
	}

	/**
	 * Hands a URL to the app's {@code app:navigate} listener.
	 * @param url the URL
	 * @return the action
	 */
	public static SearchAction navigate(String url) {
		return of("navigate", Map.of("url", Arguments.requireText(url, "url")));
	}

	/**
	 * Opens a URL.
	 * @param url the URL (absolute or relative)
	 * @return the action
	 */
	public static SearchAction url(String url) {
		return of("url", Map.of("url", Arguments.requireText(url, "url")));
	}

	/**
	 * Tracks an event.
	 * @param eventName the event name
	 * @return the action
	 */
	public static SearchAction event(String eventName) {
		return of("event", Map.of("event_name", Arguments.requireText(eventName, "eventName")));
	}

}
