package io.github.chameleon4j.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.client.reactive.ClientHttpConnector;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The transport settings of {@link ChameleonOperationsBuilder} and how they become the client's
 * {@link ClientHttpConnector}: a given connector as it is, or one built by Spring Boot's
 * {@link ClientHttpConnectorBuilder} (detected unless given) from the {@link HttpClientSettings}
 * (Boot's defaults unless given) with the client's own values laid over them. With Reactor Netty the
 * client keeps its own connection pool (size, idle time); Boot's defaults (compression, the JVM proxy
 * properties), its customizers and shared event loops still apply.
 */
final class ConnectorSettings {

	/** The connect timeout when neither the client nor the HTTP client settings set one. */
	static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * How long a pooled connection may stay idle before it is not used again: below the idle
	 * timeouts of common load balancers and proxies (60s and more, some 30s), so the client drops a
	 * connection before the other side may have dropped it silently.
	 */
	static final Duration DEFAULT_MAX_IDLE_TIME = Duration.ofSeconds(20);

	/** The default size of the client's own connection pool. */
	static final int DEFAULT_MAX_CONNECTIONS = 64;

	@Nullable ClientHttpConnector connector;

	@Nullable ClientHttpConnectorBuilder<?> connectorBuilder;

	@Nullable HttpClientSettings httpClientSettings;

	@Nullable Duration connectTimeout;

	@Nullable Duration readTimeout;

	@Nullable SslBundle sslBundle;

	int maxConnections = DEFAULT_MAX_CONNECTIONS;

	Duration maxIdleTime = DEFAULT_MAX_IDLE_TIME;

	/**
	 * Checks the settings.
	 * @throws IllegalArgumentException naming the invalid setting
	 */
	void validate() {
		if (this.connectTimeout != null) {
			requirePositive(this.connectTimeout, "connectTimeout");
		}
		if (this.readTimeout != null) {
			requirePositive(this.readTimeout, "readTimeout");
		}
		requirePositive(this.maxIdleTime, "maxIdleTime");
		if (this.maxConnections < 1) {
			throw new IllegalArgumentException("maxConnections must be at least 1, was " + this.maxConnections);
		}
	}

	/**
	 * The HTTP client settings the connector is built with: the given ones (or Boot's defaults) with
	 * this client's connect timeout, read timeout and SSL bundle where set, a 5s connect timeout
	 * when none is set anywhere, and redirects never followed (a redirect would carry the account
	 * secret header to wherever it points).
	 * @return the settings
	 */
	HttpClientSettings effectiveSettings() {
		HttpClientSettings base = (this.httpClientSettings != null) ? this.httpClientSettings
				: HttpClientSettings.defaults();
		Duration connect = (this.connectTimeout != null) ? this.connectTimeout
				: (base.connectTimeout() != null) ? base.connectTimeout() : DEFAULT_CONNECT_TIMEOUT;
		HttpClientSettings settings = base.withRedirects(HttpRedirects.DONT_FOLLOW).withConnectTimeout(connect);
		if (this.readTimeout != null) {
			settings = settings.withReadTimeout(this.readTimeout);
		}
		if (this.sslBundle != null) {
			settings = settings.withSslBundle(this.sslBundle);
		}
		return settings;
	}

	/**
	 * Creates the connector, and with it the connection pool it owns, if any.
	 * @return the connector and how to release what it owns
	 */
	Connection open() {
		if (this.connector != null) {
			return new Connection(this.connector, () -> {
			});
		}
		ClientHttpConnectorBuilder<?> builder = (this.connectorBuilder != null) ? this.connectorBuilder
				: ClientHttpConnectorBuilder.detect(ConnectorSettings.class.getClassLoader());
		HttpClientSettings settings = effectiveSettings();
		if (builder instanceof ReactorClientHttpConnectorBuilder reactor) {
			// the client's own pool on whatever event loops the builder runs on (Boot's shared ones when it
			// was given the ReactorResourceFactory); Boot's defaults and customizers apply on top of it
			ConnectionProvider provider = pool(this.maxConnections, this.maxIdleTime);
			try {
				ClientHttpConnector connector = reactor.withHttpClientFactory(() -> HttpClient.create(provider))
					.build(settings);
				return new Connection(connector, () -> provider.disposeLater().subscribe());
			}
			catch (RuntimeException ex) {
				provider.disposeLater().subscribe();
				throw ex;
			}
		}
		// JDK, Jetty, HttpComponents: their own pool with their own defaults
		return new Connection(builder.build(settings), () -> {
		});
	}

	/**
	 * The client's Reactor Netty connection pool. Requests beyond the pool size wait for a connection
	 * (the resilience policy bounds how many calls are in flight). A connection idle for
	 * {@code maxIdleTime} is closed instead of being used again.
	 * @param maxConnections the pool size
	 * @param maxIdleTime the longest idle time of a connection that is used again
	 * @return the pool
	 */
	static ConnectionProvider pool(int maxConnections, Duration maxIdleTime) {
		return ConnectionProvider.builder("chameleon")
			.maxConnections(maxConnections)
			.pendingAcquireMaxCount(-1)
			.maxIdleTime(maxIdleTime)
			.build();
	}

	private static void requirePositive(@Nullable Duration value, String name) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
		}
	}

	/**
	 * A connector and what releases the resources the client owns for it.
	 * @param connector the connector
	 * @param release releases the client's own connection pool, if any, without blocking
	 */
	record Connection(ClientHttpConnector connector, Runnable release) {
	}

}
