package io.github.chameleon4j.webhook;

import java.util.Locale;

/**
 * Why a webhook request was refused. Every reason is answered with HTTP 400 (or 413 for
 * {@link #TOO_LARGE}) so that Chameleon records the failure; none of them reveals the secret.
 */
public enum WebhookRejection {

	/** The body is larger than the configured maximum. */
	TOO_LARGE("the body is larger than allowed"),

	/** The {@code X-Chameleon-Signature} header is absent or blank. */
	MISSING_SIGNATURE("the X-Chameleon-Signature header is missing"),

	/** The signature does not match the HMAC-SHA256 of the raw body. */
	BAD_SIGNATURE("the signature does not match the body"),

	/** The (correctly signed) body is not a JSON object. */
	MALFORMED_BODY("the body is not a JSON object"),

	/**
	 * The signed body has no {@code id}. The {@code X-Chameleon-Id} header cannot stand in for it: it is
	 * not signed, and the id decides de-duplication.
	 */
	MISSING_ID("the signed body has no webhook id"),

	/** The {@code X-Chameleon-Id} header differs from the signed body {@code id}. */
	ID_MISMATCH("the X-Chameleon-Id header differs from the body id"),

	/** The body has no {@code kind} (topic). */
	MISSING_KIND("the webhook kind is missing"),

	/** The body has no {@code sent_at}. */
	MISSING_SENT_AT("sent_at is missing"),

	/** {@code sent_at} is not a timestamp, or not one between 1970 and 9999. */
	INVALID_SENT_AT("sent_at is not a timestamp"),

	/** {@code sent_at} is older than the tolerance allows (a replay or a very late retry). */
	STALE("sent_at is too old"),

	/** {@code sent_at} lies further in the future than the tolerance allows. */
	FROM_THE_FUTURE("sent_at is in the future");

	private final String description;

	WebhookRejection(String description) {
		this.description = description;
	}

	/** A short, stable, lower-case code for responses and metrics, e.g. {@code bad_signature}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** A one-line human-readable explanation. */
	public String description() {
		return this.description;
	}

}
