package io.github.chameleon4j.autoconfigure.webhook;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import io.github.chameleon4j.webhook.WebhookConsumerException;
import io.github.chameleon4j.webhook.event.WebhookPayloadException;
import org.jspecify.annotations.Nullable;

/**
 * What the endpoint logs in place of a listener's exception: the class name and stack frames of each
 * exception in the cause chain, without its message, which may quote the payload (a JSON decoder's
 * message quotes the value it could not read; application code may add an e-mail address). Only this
 * library's webhook exceptions, whose messages never carry payload values, keep theirs.
 */
final class RedactedFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private RedactedFailure(Throwable original, @Nullable RedactedFailure cause) {
		super(describe(original), cause);
		setStackTrace(original.getStackTrace());
	}

	static RedactedFailure of(Throwable failure) {
		return redact(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static RedactedFailure redact(Throwable failure, Set<Throwable> seen) {
		seen.add(failure);
		Throwable cause = failure.getCause();
		RedactedFailure redactedCause = (cause != null && !seen.contains(cause)) ? redact(cause, seen) : null;
		return new RedactedFailure(failure, redactedCause);
	}

	private static String describe(Throwable failure) {
		String type = failure.getClass().getName();
		if (failure instanceof WebhookPayloadException || failure instanceof WebhookConsumerException) {
			return type + ": " + failure.getMessage();
		}
		return type + " (message withheld: it may quote the webhook payload)";
	}

}
