package io.github.chameleon4j.autoconfigure.webhook;

import io.github.chameleon4j.webhook.WebhookConsumerException;
import io.github.chameleon4j.webhook.WebhookMessage;
import io.github.chameleon4j.webhook.WebhookReceipt;
import io.github.chameleon4j.webhook.WebhookRejection;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logging of the webhook endpoint, shared by both web stacks: id, topic and outcome only. Never the
 * secret, the signature or the payload (it carries personal data), not even inside a failed
 * listener's exception message (see {@link RedactedFailure}).
 */
final class WebhookOutcomeLog {

	private static final Log logger = LogFactory.getLog(WebhookOutcomeLog.class);

	private WebhookOutcomeLog() {
	}

	static void received(WebhookReceipt receipt) {
		WebhookMessage message = receipt.message();
		if (message == null) {
			rejected(receipt.rejection());
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Chameleon webhook " + message.id() + " (" + message.kind() + "): " + receipt.outcome());
		}
	}

	static void rejected(WebhookRejection rejection) {
		if (logger.isDebugEnabled()) {
			logger.debug("Rejected a Chameleon webhook: " + rejection.code());
		}
	}

	static void failed(WebhookConsumerException ex) {
		Throwable listenerFailure = (ex.getCause() != null) ? ex.getCause() : ex;
		logger.warn(ex.getMessage() + "; answering 500 so that Chameleon retries it",
				RedactedFailure.of(listenerFailure));
	}

}
