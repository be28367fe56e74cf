package io.github.chameleon4j.error;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * 429 Too Many Requests, or a call refused locally because the shared cool-down would outlast
 * the caller's deadline. {@link #waitHint()} says which strategy limited the call and for how
 * long; {@link #retryAt()} says when a new request may be sent, when known.
 */
public class ChameleonRateLimitException extends ChameleonResponseException {

	private final WaitHint waitHint;

	/** Set by the constructor, or on a fresh copy by {@link #withRetryAt(Instant)}; never changed once thrown. */
	@Nullable
	private Instant retryAt;

	public ChameleonRateLimitException(ResponseDetails details) {
		this(details, null);
	}

	/**
	 * Creates the exception for a 429, or for a call refused locally, that knows when requests may
	 * be sent again.
	 * @param details what the response said (or the last 429's details, for a local refusal)
	 * @param retryAt the instant from which requests may be sent again, or {@code null} when unknown
	 */
	public ChameleonRateLimitException(ResponseDetails details, @Nullable Instant retryAt) {
		super(ErrorKind.RATE_LIMITED, details);
		this.waitHint = WaitHint.from(details.headers(), details.envelope());
		this.retryAt = retryAt;
	}

	/**
	 * What the server said about the limit.
	 * @return the parsed wait hint
	 */
	public WaitHint waitHint() {
		return this.waitHint;
	}

	/**
	 * Which rate-limit strategy answered.
	 * @return the strategy
	 */
	public RateLimitStrategy strategy() {
		return this.waitHint.strategy();
	}

	/**
	 * How long to wait before the next request.
	 * @return the wait, never negative
	 */
	public Duration retryAfter() {
		return this.waitHint.retryAfter();
	}

	/**
	 * The instant from which a request may be sent again, as the client's resilience layer
	 * computed it when it applied the hint (the end of the shared cool-down for a global or bucket
	 * limit).
	 * @return the instant, or {@code null} when not known
	 */
	@Nullable
	public Instant retryAt() {
		return this.retryAt;
	}

	/**
	 * A copy of this exception that says when requests may be sent again; this one is left as it is.
	 * @param retryAt the instant from which requests may be sent again
	 * @return the copy
	 */
	public ChameleonRateLimitException withRetryAt(Instant retryAt) {
		ChameleonRateLimitException copy = (ChameleonRateLimitException) copy();
		copy.retryAt = retryAt;
		return copy;
	}

	@Override
	public String getMessage() {
		String base = super.getMessage();
		String hint = " [strategy=" + this.waitHint.strategy() + ", wait=" + this.waitHint.retryAfter()
				+ this.waitHint.limit().stream().mapToObj((l) -> ", limit=" + l).findFirst().orElse("")
				+ ((this.retryAt != null) ? ", retryAt=" + this.retryAt : "") + "]";
		return base + hint;
	}

}
