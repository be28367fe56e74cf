package io.github.chameleon4j.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the Chameleon client ({@code chameleon.*}).
 */
@ConfigurationProperties("chameleon")
public class ChameleonProperties {

	/**
	 * Account Secret used to authenticate (Chameleon dashboard, Settings > Tokens). Not the public Account Token.
	 */
	private String accountSecret;

	/**
	 * Base URL of the Chameleon REST API.
	 */
	private String baseUrl = "https://api.chameleon.io";

	/**
	 * Whether a plain-http base URL to a host other than this machine is allowed (the secret would cross the network in clear text).
	 */
	private boolean allowInsecureHttp;

	/**
	 * Name of the client, used in metric tags and Resilience4j instance names.
	 */
	private String clientName = "chameleon";

	/**
	 * TCP connect timeout.
	 */
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Time to wait for a response. Keep it well above 4s: Chameleon may queue a concurrency-limited request for up to 4 seconds.
	 */
	private Duration responseTimeout = Duration.ofSeconds(30);

	/**
	 * Maximum number of pooled connections to Chameleon.
	 */
	private int maxConnections = 64;

	/**
	 * Largest response body the client holds in memory to decode. A page of 500 profiles with dozens of custom properties weighs a few MB; a larger body fails with ChameleonResponseTooLargeException naming this property.
	 */
	private DataSize maxResponseSize = DataSize.ofMegabytes(16);

	public String getAccountSecret() {
		return this.accountSecret;
	}

	public void setAccountSecret(String accountSecret) {
		this.accountSecret = accountSecret;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public boolean isAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	public void setAllowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	public String getClientName() {
		return this.clientName;
	}

	public void setClientName(String clientName) {
		this.clientName = clientName;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

}
