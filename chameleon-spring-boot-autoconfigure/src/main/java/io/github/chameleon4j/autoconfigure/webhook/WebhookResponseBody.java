package io.github.chameleon4j.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;

import io.github.chameleon4j.webhook.WebhookReceipt;
import io.github.chameleon4j.webhook.WebhookRejection;

import org.springframework.http.HttpStatus;

/**
 * The short JSON answers of the webhook endpoint, shared by both web stacks. Written as bytes so the
 * application's JSON configuration plays no part.
 */
final class WebhookResponseBody {

	static final byte[] ERROR = json("{\"status\":\"error\"}");

	private WebhookResponseBody() {
	}

	static HttpStatus status(WebhookReceipt receipt) {
		return switch (receipt.outcome()) {
			case ACCEPTED, DUPLICATE -> HttpStatus.OK;
			// not acknowledged, so that Chameleon retries it once the other delivery's outcome is known
			case IN_PROGRESS -> HttpStatus.CONFLICT;
			case REJECTED -> status(receipt.rejection());
		};
	}

	static HttpStatus status(WebhookRejection rejection) {
		return (rejection == WebhookRejection.TOO_LARGE) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
	}

	static byte[] body(WebhookReceipt receipt) {
		return switch (receipt.outcome()) {
			case ACCEPTED -> json("{\"status\":\"accepted\"}");
			case DUPLICATE -> json("{\"status\":\"duplicate\"}");
			case IN_PROGRESS -> json("{\"status\":\"in_progress\"}");
			case REJECTED -> body(receipt.rejection());
		};
	}

	static byte[] body(WebhookRejection rejection) {
		// The code is an enum constant, so no escaping is needed.
		return json("{\"status\":\"rejected\",\"reason\":\"" + rejection.code() + "\"}");
	}

	private static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
