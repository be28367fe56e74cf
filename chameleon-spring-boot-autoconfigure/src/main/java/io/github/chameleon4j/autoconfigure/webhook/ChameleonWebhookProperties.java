package io.github.chameleon4j.autoconfigure.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the endpoint that receives Chameleon's outgoing webhooks.
 */
@ConfigurationProperties("chameleon.webhooks")
public class ChameleonWebhookProperties {

	/** Whether to register the webhook endpoint when a secret is set. */
	private boolean enabled = true;

	/** Webhook Secret from the dashboard's webhooks page (not the account secret); enables the endpoint. */
	private String secret;

	/** Path of the endpoint that receives the webhooks. */
	private String path = "/chameleon/webhooks";

	/** Largest accepted distance between a webhook's sent_at and now, in either direction. */
	private Duration tolerance = Duration.ofMinutes(5);

	/** Largest accepted request body; larger requests are refused with 413 without being buffered. */
	private DataSize maxBodySize = DataSize.ofMegabytes(1);

	/** How long a webhook id is remembered to drop redeliveries (Chameleon retries for about 43 hours). */
	private Duration dedupWindow = Duration.ofHours(48);

	/** Most webhook ids remembered at once for deduplication; the oldest are forgotten first. */
	private int dedupMaxEntries = 10_000;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getSecret() {
		return this.secret;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public Duration getTolerance() {
		return this.tolerance;
	}

	public void setTolerance(Duration tolerance) {
		this.tolerance = tolerance;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Duration getDedupWindow() {
		return this.dedupWindow;
	}

	public void setDedupWindow(Duration dedupWindow) {
		this.dedupWindow = dedupWindow;
	}

	public int getDedupMaxEntries() {
		return this.dedupMaxEntries;
	}

	public void setDedupMaxEntries(int dedupMaxEntries) {
		this.dedupMaxEntries = dedupMaxEntries;
	}

}
