package io.github.chameleon4j.error;

import java.time.Instant;

import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * The client's circuit breaker is open because Chameleon has been failing; the call was not
 * sent. {@link #openUntil()} says when a probe may next be let through.
 */
public class ChameleonCircuitOpenException extends ChameleonException {

	@Nullable
	private final Instant openUntil;

	public ChameleonCircuitOpenException(@Nullable HttpMethod method, @Nullable String path, @Nullable Instant openUntil,
			@Nullable Throwable cause) {
		super(ErrorKind.CIRCUIT_OPEN, "Circuit breaker is open, not sending " + describe(method, path)
				+ ((openUntil != null) ? "; it may let a probe through after " + openUntil : ""), method, path, cause);
		this.openUntil = openUntil;
	}

	/**
	 * When the circuit may next let a probe through.
	 * @return the instant, or {@code null} when unknown
	 */
	@Nullable
	public Instant openUntil() {
		return this.openUntil;
	}

}
