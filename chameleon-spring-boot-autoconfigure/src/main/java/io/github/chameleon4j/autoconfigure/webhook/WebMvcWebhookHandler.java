package io.github.chameleon4j.autoconfigure.webhook;

import java.io.IOException;
import java.io.InputStream;

import io.github.chameleon4j.webhook.WebhookConsumerException;
import io.github.chameleon4j.webhook.WebhookHeaders;
import io.github.chameleon4j.webhook.WebhookReceipt;
import io.github.chameleon4j.webhook.WebhookReceiver;
import io.github.chameleon4j.webhook.WebhookRejection;
import jakarta.servlet.http.HttpServletRequest;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring MVC handler of Chameleon webhooks: reads the raw body up to the size limit (the servlet
 * input stream, on the request thread), then lets the {@link WebhookReceiver} verify, deduplicate and
 * publish it, answering asynchronously (Servlet async): no thread waits for the de-duplication store.
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
		// Servlet async: the request thread is given back while the de-duplication store answers and the
		// listeners run (on a bounded-elastic worker); no thread waits for either.
		return ServerResponse.async(this.receiver
			.receive(body, servletRequest.getHeader(WebhookHeaders.SIGNATURE), servletRequest.getHeader(WebhookHeaders.ID))
			.map(WebMvcWebhookHandler::answer)
			.onErrorResume(WebhookConsumerException.class, (ex) -> Mono.just(failed(ex))));
	}

	private static ServerResponse answer(WebhookReceipt receipt) {
		WebhookOutcomeLog.received(receipt);
		return respond(WebhookResponseBody.status(receipt), WebhookResponseBody.body(receipt));
	}

	private static ServerResponse failed(WebhookConsumerException ex) {
		// The claim was released, so Chameleon's retry will be processed again.
		WebhookOutcomeLog.failed(ex);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, WebhookResponseBody.ERROR);
	}

	private static ServerResponse reject(WebhookRejection rejection) {
		WebhookOutcomeLog.rejected(rejection);
		return respond(WebhookResponseBody.status(rejection), WebhookResponseBody.body(rejection));
	}

	private static ServerResponse respond(HttpStatus status, byte[] body) {
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
