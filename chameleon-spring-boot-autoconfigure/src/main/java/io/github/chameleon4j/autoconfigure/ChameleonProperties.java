package io.github.chameleon4j.autoconfigure;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration of the Chameleon client ({@code chameleon.*}). Validated while it is bound: an
 * invalid value fails startup naming the property, its value and where it was set (the account
 * secret is checked later, by the client, so that its value never appears in that report).
 */
@ConfigurationProperties("chameleon")
public class ChameleonProperties implements Validator {

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
	 * TCP connect timeout. Defaults to spring.http.clients.connect-timeout, else 5s.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Time to wait for a response. Keep it well above 4s: Chameleon may queue a concurrency-limited request for up to 4 seconds.
	 */
	private Duration responseTimeout = Duration.ofSeconds(30);

	/**
	 * Maximum number of pooled connections to Chameleon (Reactor Netty connector).
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

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
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

	// the connector: values laid over Boot's spring.http.clients.* for this client only

	/**
	 * Read timeout of the connector (with Reactor Netty: the longest wait for the response, and between two reads of it, once the request is sent). Defaults to spring.http.clients.read-timeout, else none; chameleon.response-timeout bounds each attempt's whole response in any case.
	 */
	private @Nullable Duration readTimeout;

	/**
	 * How long a pooled connection may stay idle and still be used (Reactor Netty connector). Keep it below the idle timeout of any load balancer or proxy on the way to Chameleon.
	 */
	private Duration maxIdleTime = Duration.ofSeconds(20);

	private final Ssl ssl = new Ssl();

	public @Nullable Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(@Nullable Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Duration getMaxIdleTime() {
		return this.maxIdleTime;
	}

	public void setMaxIdleTime(Duration maxIdleTime) {
		this.maxIdleTime = maxIdleTime;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	/**
	 * TLS of the connections to Chameleon.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) for the connections to Chameleon. Defaults to spring.http.clients.ssl.bundle, else the JVM's defaults.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	@Override
	public boolean supports(Class<?> type) {
		return ChameleonProperties.class == type;
	}

	@Override
	public void validate(Object target, Errors errors) {
		ChameleonProperties properties = (ChameleonProperties) target;
		require(errors, isAbsoluteHttpUrl(properties.getBaseUrl()), "baseUrl", "chameleon.base-url",
				"must be an absolute http(s) URL without query or user info, such as https://api.chameleon.io");
		require(errors, properties.getClientName() != null && !properties.getClientName().isBlank(), "clientName",
				"chameleon.client-name", "must not be blank");
		require(errors, properties.getConnectTimeout() == null || positive(properties.getConnectTimeout()), "connectTimeout",
				"chameleon.connect-timeout", "must be a positive duration");
		require(errors, properties.getReadTimeout() == null || positive(properties.getReadTimeout()), "readTimeout",
				"chameleon.read-timeout", "must be a positive duration");
		require(errors, positive(properties.getMaxIdleTime()), "maxIdleTime", "chameleon.max-idle-time",
				"must be a positive duration");
		require(errors, positive(properties.getResponseTimeout()), "responseTimeout", "chameleon.response-timeout",
				"must be a positive duration");
		require(errors, properties.getMaxConnections() >= 1, "maxConnections", "chameleon.max-connections",
				"must be at least 1");
		DataSize size = properties.getMaxResponseSize();
		require(errors, size != null && size.toBytes() >= 1024 && size.toBytes() <= Integer.MAX_VALUE,
				"maxResponseSize", "chameleon.max-response-size", "must be between 1KB and 2GB");
	}

	private static boolean isAbsoluteHttpUrl(String value) {
		if (value == null) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getRawQuery() == null && uri.getRawUserInfo() == null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void require(Errors errors, boolean condition, String field, String property, String requirement) {
		if (!condition) {
			// the field is the class's; the message names the property as users write it
			errors.rejectValue(field, "invalid", property + " " + requirement);
		}
	}

	private static boolean nonNegative(@Nullable Duration value) {
		return value != null && !value.isNegative();
	}

	private static boolean positive(@Nullable Duration value) {
		return value != null && !value.isNegative() && !value.isZero();
	}

}
