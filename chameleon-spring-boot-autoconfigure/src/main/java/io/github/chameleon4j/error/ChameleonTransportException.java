package io.github.chameleon4j.error;

import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * No response arrived: the connection was refused, reset, or the response timed out.
 * {@link #requestMayHaveReachedServer()} decides whether a non-idempotent call may be retried:
 * a request that was never sent (connection refused, connect timeout, unknown host, no pooled
 * connection) may always be retried; one that may have arrived is retried only when idempotent.
 */
public class ChameleonTransportException extends ChameleonException {

	private final boolean requestMayHaveReachedServer;

	public ChameleonTransportException(String message, @Nullable HttpMethod method, @Nullable String path,
			boolean requestMayHaveReachedServer, @Nullable Throwable cause) {
		super(ErrorKind.TRANSPORT, message, method, path, cause);
		this.requestMayHaveReachedServer = requestMayHaveReachedServer;
	}

	/**
	 * Whether the request may have reached Chameleon before the failure.
	 * @return {@code false} only when the request certainly was not sent
	 */
	public boolean requestMayHaveReachedServer() {
		return this.requestMayHaveReachedServer;
	}

	@Override
	public boolean mayHaveBeenApplied() {
		return this.requestMayHaveReachedServer;
	}

}
