package io.github.chameleon4j.error;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * Turns a failure without a response into a {@link ChameleonTransportException}, deciding
 * whether the request may have reached the server by looking at the cause chain.
 */
public final class TransportFailures {

	private TransportFailures() {
	}

	/**
	 * Maps any throwable to a Chameleon exception; Chameleon exceptions pass through unchanged.
	 * @param method the request method
	 * @param path the request path, without query string
	 * @param failure the failure
	 * @return the exception to signal
	 */
	public static ChameleonException toException(@Nullable HttpMethod method, @Nullable String path,
			Throwable failure) {
		if (failure instanceof ChameleonException chameleon) {
			return chameleon;
		}
		boolean notSent = neverSent(failure);
		String what = describeCause(failure);
		String message = "No response from Chameleon to " + ChameleonException.describe(method, path) + ": " + what
				+ (notSent ? " (the request was not sent)" : " (the request may have reached the server)");
		return new ChameleonTransportException(message, method, path, !notSent, failure);
	}

	/**
	 * Whether the failure certainly happened before any byte of the request was sent.
	 * @param failure the failure
	 * @return {@code true} for connection refused, connect timeout, unknown host, TLS handshake
	 * failure or no available pooled connection
	 */
	static boolean neverSent(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			String name = t.getClass().getName();
			if (t instanceof ConnectException || t instanceof UnknownHostException
					|| t instanceof NoRouteToHostException || t instanceof SSLHandshakeException
					|| name.equals("io.netty.channel.ConnectTimeoutException")
					|| name.endsWith("PoolAcquireTimeoutException")
					|| name.endsWith("PoolAcquirePendingLimitException")) {
				return true;
			}
		}
		return false;
	}

	private static String describeCause(Throwable failure) {
		Throwable root = failure;
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			root = t;
			String name = t.getClass().getName();
			if (name.equals("io.netty.handler.timeout.ReadTimeoutException") || t instanceof TimeoutException) {
				return "response timed out";
			}
			if (name.endsWith("PrematureCloseException")) {
				return "connection closed before the response was complete";
			}
			if (t instanceof ConnectException) {
				return "connection refused or failed";
			}
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
