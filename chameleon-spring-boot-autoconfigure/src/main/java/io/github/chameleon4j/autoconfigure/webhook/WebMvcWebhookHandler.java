package io.github.chameleon4j.autoconfigure.webhook;

import java.io.IOException;
import java.io.InputStream;

import io.github.chameleon4j.webhook.WebhookConsumerException;
import io.github.chameleon4j.webhook.WebhookHeaders;
import io.github.chameleon4j.webhook.WebhookReceipt;
import io.github.chameleon4j.webhook.WebhookReceiver;
import io.github.chameleon4j.webhook.WebhookRejection;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring MVC handler of Chameleon webhooks: reads the raw body up to the size limit, then lets the
 * {@link WebhookReceiver} verify, deduplicate and publish it.
 */
public final class WebMvcWebhookHandler implements HandlerFunction<ServerResponse> {

	private final WebhookReceiver receiver;

	private final int maxBodySize;

	public WebMvcWebhookHandler(WebhookReceiver receiver) {
		this.receiver = receiver;
		// readNBytes takes an int and reads one byte more than the limit to detect an oversized body.
		this.maxBodySize = (int) Math.min(receiver.verifier().maxBodySize(), Integer.MAX_VALUE - 9);
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		HttpServletRequest servletRequest = request.servletRequest();
		if (servletRequest.getContentLengthLong() > this.maxBodySize) {
			return reject(WebhookRejection.TOO_LARGE);
		}
		byte[] body;
		try (InputStream in = servletRequest.getInputStream()) {
			body = in.readNBytes(this.maxBodySize + 1);
		}
		if (body.length > this.maxBodySize) {
			return reject(WebhookRejection.TOO_LARGE);
		}
		String id = servletRequest.getHeader(WebhookHeaders.ID);
		WebhookReceipt receipt;
		try {
			receipt = this.receiver.receive(body, servletRequest.getHeader(WebhookHeaders.SIGNATURE), id);
		}
		catch (WebhookConsumerException ex) {
			// The id was forgotten, so Chameleon's retry will be processed again.
			WebhookOutcomeLog.failed(ex);
			return respond(HttpStatus.INTERNAL_SERVER_ERROR, WebhookResponseBody.ERROR);
		}
		WebhookOutcomeLog.received(receipt);
		return respond(WebhookResponseBody.status(receipt), WebhookResponseBody.body(receipt));
	}

	private static ServerResponse reject(WebhookRejection rejection) {
		WebhookOutcomeLog.rejected(rejection);
		return respond(WebhookResponseBody.status(rejection), WebhookResponseBody.body(rejection));
	}

	private static ServerResponse respond(HttpStatus status, byte[] body) {
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
