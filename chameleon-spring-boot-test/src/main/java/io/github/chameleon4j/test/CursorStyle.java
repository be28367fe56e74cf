package io.github.chameleon4j.test;

/**
 * How cursor-paginated lists end, mimicking the variants the API documentation shows (API §2.2, §2.3).
 */
public enum CursorStyle {

	/** Every page carries {@code cursor}, including the last one; an empty page has {@code "before": null}. */
	EVERY_PAGE,

	/** {@code cursor} is left out of the page that holds the oldest record (and of empty pages). */
	OMITTED_ON_LAST_PAGE,

	/** No page carries {@code cursor} (as the deliveries and profile search examples show). */
	NONE

}
