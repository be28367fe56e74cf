package io.github.chameleon4j.autoconfigure.webhook;

import io.github.chameleon4j.webhook.WebhookConsumerException;
import io.github.chameleon4j.webhook.WebhookHeaders;
import io.github.chameleon4j.webhook.WebhookReceipt;
import io.github.chameleon4j.webhook.WebhookReceiver;
import io.github.chameleon4j.webhook.WebhookRejection;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * WebFlux handler of Chameleon webhooks: reads the raw body up to the size limit, then lets the
 * {@link WebhookReceiver} verify, deduplicate and publish it. No thread waits: the event loop reads
 * and answers, the listeners run on a bounded-elastic worker.
 */
public final class WebFluxWebhookHandler implements HandlerFunction<ServerResponse> {

	private final WebhookReceiver receiver;

	private final int maxBodySize;

	public WebFluxWebhookHandler(WebhookReceiver receiver) {
		this.receiver = receiver;
		// DataBufferUtils.join counts in int; a limit beyond 2 GiB is meaningless for webhooks anyway.
		this.maxBodySize = (int) Math.min(receiver.verifier().maxBodySize(), Integer.MAX_VALUE - 8);
	}

	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		if (request.headers().contentLength().orElse(-1) > this.maxBodySize) {
			return reject(WebhookRejection.TOO_LARGE);
		}
		String signature = request.headers().firstHeader(WebhookHeaders.SIGNATURE);
		String id = request.headers().firstHeader(WebhookHeaders.ID);
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), this.maxBodySize)
			.map(WebFluxWebhookHandler::drain)
			.defaultIfEmpty(new byte[0])
			// non-blocking end to end: the receiver runs the listeners on a bounded-elastic worker
			.flatMap((body) -> this.receiver.receive(body, signature, id))
			.flatMap(WebFluxWebhookHandler::answer)
			.onErrorResume(WebhookConsumerException.class, WebFluxWebhookHandler::failed)
			.onErrorResume(DataBufferLimitException.class, (ex) -> reject(WebhookRejection.TOO_LARGE));
	}

	private static Mono<ServerResponse> answer(WebhookReceipt receipt) {
		WebhookOutcomeLog.received(receipt);
		return respond(WebhookResponseBody.status(receipt), WebhookResponseBody.body(receipt));
	}

	private static Mono<ServerResponse> failed(WebhookConsumerException ex) {
		// The claim was released, so Chameleon's retry will be processed again.
		WebhookOutcomeLog.failed(ex);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, WebhookResponseBody.ERROR);
	}

	private static Mono<ServerResponse> reject(WebhookRejection rejection) {
		WebhookOutcomeLog.rejected(rejection);
		return respond(WebhookResponseBody.status(rejection), WebhookResponseBody.body(rejection));
	}

	private static Mono<ServerResponse> respond(HttpStatus status, byte[] body) {
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).bodyValue(body);
	}

	private static byte[] drain(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

}
