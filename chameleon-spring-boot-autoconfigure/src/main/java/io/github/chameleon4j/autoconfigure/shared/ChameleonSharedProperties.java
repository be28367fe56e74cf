package io.github.chameleon4j.autoconfigure.shared;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Shared coordination of the application's replicas on Redis ({@code chameleon.resilience.shared.*}).
 */
@ConfigurationProperties("chameleon.resilience.shared")
public class ChameleonSharedProperties implements InitializingBean {

	/** Whether the replicas share one pace, one cool-down, the lanes and webhook de-duplication through Redis (spring.data.redis.*). */
	private boolean enabled;

	/** Names the account's Redis keys (chameleon:{key}:...). Defaults to chameleon.client-name; never derived from the secret. */
	@Nullable
	private String key;

	/** Share of the pace (and burst) each replica uses alone while Redis does not answer: about 1 / the number of replicas. */
	private double fallbackShare = 0.34;

	/**
	 * Longest wait for one Redis answer before the call goes on with local pacing; after a failure every call paces
	 * locally at once while one probe at a time (after 1 s, 2 s, ... up to 8 s) asks Redis again.
	 */
	private Duration timeout = Duration.ofSeconds(1);

	/** How long a lane lease holds unless released, so a crashed replica frees its lanes; longer than a response may take. */
	private Duration leaseTtl = Duration.ofSeconds(35);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	@Nullable
	public String getKey() {
		return this.key;
	}

	public void setKey(@Nullable String key) {
		this.key = key;
	}

	public double getFallbackShare() {
		return this.fallbackShare;
	}

	public void setFallbackShare(double fallbackShare) {
		this.fallbackShare = fallbackShare;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Duration getLeaseTtl() {
		return this.leaseTtl;
	}

	public void setLeaseTtl(Duration leaseTtl) {
		this.leaseTtl = leaseTtl;
	}

	@Override
	public void afterPropertiesSet() {
		if (!(this.fallbackShare > 0 && this.fallbackShare <= 1)) {
			throw new IllegalStateException(
					"chameleon.resilience.shared.fallback-share must be in (0, 1], was " + this.fallbackShare);
		}
		if (this.timeout == null || this.timeout.isNegative() || this.timeout.isZero()) {
			throw new IllegalStateException(
					"chameleon.resilience.shared.timeout must be a positive duration, was " + this.timeout);
		}
		if (this.leaseTtl == null || this.leaseTtl.toMillis() < 1) {
			throw new IllegalStateException(
					"chameleon.resilience.shared.lease-ttl must be a positive duration, was " + this.leaseTtl);
		}
		if (this.key != null && this.key.isBlank()) {
			throw new IllegalStateException("chameleon.resilience.shared.key must not be blank when set");
		}
	}

}
