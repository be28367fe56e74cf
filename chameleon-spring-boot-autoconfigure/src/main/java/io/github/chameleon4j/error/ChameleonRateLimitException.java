package io.github.chameleon4j.error;

import java.time.Duration;
import java.time.Instant;

import org.springframework.lang.Nullable;

/**
 * 429 Too Many Requests, or a call refused locally because the shared cool-down would outlast
 * the caller's deadline. {@link #waitHint()} says which strategy limited the call and for how
 * long; {@link #retryAt()} says when a new request may be sent, when known.
 */
public class ChameleonRateLimitException extends ChameleonResponseException {

	private final WaitHint waitHint;

	@Nullable
	private volatile Instant retryAt;

	public ChameleonRateLimitException(ResponseDetails details) {
		super(ErrorKind.RATE_LIMITED, details);
		this.waitHint = WaitHint.from(details.headers(), details.envelope());
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
	 * The instant from which a request may be sent again, set by the client when it records
	 * the hint in its shared cool-down.
	 * @return the instant, or {@code null} when not recorded
	 */
	@Nullable
	public Instant retryAt() {
		return this.retryAt;
	}

	/**
	 * Records the instant the shared cool-down ends.
	 * @param retryAt the instant from which requests may be sent again
	 */
	public void recordRetryAt(Instant retryAt) {
		this.retryAt = retryAt;
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
