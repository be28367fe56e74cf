package io.github.chameleon4j.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import org.springframework.web.util.DefaultUriBuilderFactory;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.error.ChameleonErrorFilter;
import io.github.chameleon4j.metrics.ChameleonCallObservationConvention;
import io.github.chameleon4j.metrics.ObservedCallPolicy;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;

/**
 * Builds an immutable {@link ChameleonOperations}. Only the account secret is required.
 * <p>
 * The client's {@code WebClient} is built from a clone of the given {@code WebClient.Builder}
 * (in Spring Boot, the auto-configured prototype, so {@code http.client.requests} observations keep
 * working) with: the error filter as the outermost filter, then any {@link #filter added filters},
 * then the response timeout; below every filter, {@link AccountSecretConnector} adds the
 * {@code X-Account-Secret} header on the way into the connector (so the secret never sits in the
 * builder's default headers, and no filter sees it). The connector is this builder's (see below):
 * one set by a {@link #webClient customizer} is replaced. The resource interfaces are
 * HTTP interfaces on one {@code HttpServiceProxyFactory} over that {@code WebClient}, whose exchange
 * adapter ({@link ChameleonExchangeAdapter}) applies the call policy.
 * <p>
 * Unless a {@link #clientConnector connector} is given, the client's connector is built by Spring
 * Boot's {@link ClientHttpConnectorBuilder} ({@link #connectorBuilder given}, else detected: Reactor
 * Netty when present) from {@link #httpClientSettings HttpClientSettings} (given, else Boot's defaults)
 * with this builder's {@link #connectTimeout connect timeout}, {@link #readTimeout read timeout} and
 * {@link #sslBundle SSL bundle} laid over them where set; redirects are never followed. So compression,
 * the JVM proxy properties ({@code http(s).proxyHost}, ...) and the builder's customizers apply as in
 * Boot's own {@code WebClient}. With Reactor Netty the client owns its connection pool
 * ({@link #maxConnections size}, {@link #maxIdleTime idle time}), released by
 * {@link ChameleonOperations#close()}; other connectors keep their own pools.
 */
public final class ChameleonOperationsBuilder {

	/** The default base URL. */
	public static final String DEFAULT_BASE_URL = "https://api.chameleon.io";

	/** The default response-size limit: 16 MB, several pages of 500 profiles with dozens of custom properties. */
	public static final DataSize DEFAULT_MAX_RESPONSE_SIZE = DataSize.ofMegabytes(16);

	/** The header that carries the account secret. */
	public static final String SECRET_HEADER = "X-Account-Secret";

	/**
	 * The request attribute that holds, on every request the client sends, its
	 * {@link io.github.chameleon4j.resilience.CallDescriptor}: method, URI template (e.g.
	 * {@code /v3/edit/tours/{id}}), whether it is safe to repeat and its concurrency lane. Filters read
	 * it, e.g. for low-cardinality tags.
	 */
	public static final String CALL_ATTRIBUTE = CallDescriptor.ATTRIBUTE;

	private String baseUrl = DEFAULT_BASE_URL;

	@Nullable
	private String accountSecret;

	private WebClient.@Nullable Builder webClientBuilder;

	private final ConnectorSettings connection = new ConnectorSettings();

	private Duration responseTimeout = Duration.ofSeconds(30);

	private DataSize maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;

	@Nullable
	private CallPolicy callPolicy;

	private boolean callPolicySet;

	private final List<Consumer<ChameleonResilienceBuilder>> resilience = new ArrayList<>();

	private boolean allowInsecureHttp;

	private final List<ExchangeFilterFunction> filters = new ArrayList<>();

	private final List<Consumer<WebClient.Builder>> webClientCustomizers = new ArrayList<>();

	@Nullable
	private ObservationRegistry observationRegistry;

	@Nullable
	private ChameleonCallObservationConvention observationConvention;

	ChameleonOperationsBuilder() {
	}

	/**
	 * Sets the base URL (default {@code https://api.chameleon.io}).
	 * @param baseUrl an absolute http or https URL
	 * @return this builder
	 */
	public ChameleonOperationsBuilder baseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
		return this;
	}

	/**
	 * Allows a plain {@code http} base URL to a host other than this machine (default: refused at
	 * {@link #build()}, because the account secret would cross the network in clear text). Loopback
	 * hosts ({@code localhost}, {@code 127.x.x.x}, {@code ::1}) are always allowed.
	 * @param allowInsecureHttp whether to allow it
	 * @return this builder
	 */
	public ChameleonOperationsBuilder allowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
		return this;
	}

	/**
	 * Sets the Account Secret (Settings → Tokens in the dashboard; not the public Account Token).
	 * @param accountSecret the secret
	 * @return this builder
	 */
	public ChameleonOperationsBuilder accountSecret(String accountSecret) {
		this.accountSecret = accountSecret;
		return this;
	}

	/**
	 * Sets the builder to clone for the client's {@code WebClient}.
	 * @param webClientBuilder the builder (cloned, not modified)
	 * @return this builder
	 */
	public ChameleonOperationsBuilder webClientBuilder(WebClient.Builder webClientBuilder) {
		this.webClientBuilder = webClientBuilder;
		return this;
	}

	/**
	 * Uses the given connector as it is: the client builds none, and the connector builder, HTTP
	 * client settings, timeouts (but the {@link #responseTimeout response timeout}), SSL bundle and
	 * pool settings of this builder do not apply.
	 * @param connector the connector
	 * @return this builder
	 */
	public ChameleonOperationsBuilder clientConnector(ClientHttpConnector connector) {
		this.connection.connector = requireNonNull(connector, "clientConnector");
		return this;
	}

	/**
	 * Sets the Spring Boot connector builder the client's connector is built with (default
	 * {@link ClientHttpConnectorBuilder#detect()}: Reactor Netty when on the classpath). In Spring Boot,
	 * the application's builder, with its {@code ClientHttpConnectorBuilderCustomizer}s and
	 * {@code spring.http.clients.reactive.connector}. With Reactor Netty, the client replaces the
	 * builder's {@code HttpClient} factory with its own connection pool ({@link #maxConnections},
	 * {@link #maxIdleTime}); the builder's other settings, {@code HttpClient} customizers and event
	 * loops apply. With the JDK, Jetty or HttpComponents connectors the pool settings do not apply.
	 * @param connectorBuilder the builder
	 * @return this builder
	 */
	public ChameleonOperationsBuilder connectorBuilder(ClientHttpConnectorBuilder<?> connectorBuilder) {
		this.connection.connectorBuilder = requireNonNull(connectorBuilder, "connectorBuilder");
		return this;
	}

	/**
	 * Sets the HTTP client settings the client's connector is built with (default
	 * {@link HttpClientSettings#defaults()}; in Spring Boot, the application's, from
	 * {@code spring.http.clients.*}). This builder's {@link #connectTimeout connect timeout},
	 * {@link #readTimeout read timeout} and {@link #sslBundle SSL bundle} replace theirs where set.
	 * Redirects are never followed, whatever the settings say: the account secret header would follow
	 * them.
	 * @param httpClientSettings the settings
	 * @return this builder
	 */
	public ChameleonOperationsBuilder httpClientSettings(HttpClientSettings httpClientSettings) {
		this.connection.httpClientSettings = requireNonNull(httpClientSettings, "httpClientSettings");
		return this;
	}

	/**
	 * Sets the TCP connect timeout (default: the {@link #httpClientSettings HTTP client settings'}, else
	 * 5s).
	 * @param connectTimeout a positive timeout
	 * @return this builder
	 */
	public ChameleonOperationsBuilder connectTimeout(Duration connectTimeout) {
		this.connection.connectTimeout = requireNonNull(connectTimeout, "connectTimeout");
		return this;
	}

	/**
	 * Sets the connector's read timeout (default: the {@link #httpClientSettings HTTP client
	 * settings'}, else none). With Reactor Netty, the longest wait for the response, and then between
	 * two reads of it, once the request is sent. The {@link #responseTimeout response timeout} bounds
	 * each attempt's whole response in any case.
	 * @param readTimeout a positive timeout
	 * @return this builder
	 */
	public ChameleonOperationsBuilder readTimeout(Duration readTimeout) {
		this.connection.readTimeout = requireNonNull(readTimeout, "readTimeout");
		return this;
	}

	/**
	 * Sets the SSL bundle (trust material, client key, protocols, ciphers) of the connections to
	 * Chameleon (default: the {@link #httpClientSettings HTTP client settings'}, else the JVM's
	 * defaults). In Spring Boot: {@code chameleon.ssl.bundle}.
	 * @param sslBundle the bundle
	 * @return this builder
	 */
	public ChameleonOperationsBuilder sslBundle(SslBundle sslBundle) {
		this.connection.sslBundle = requireNonNull(sslBundle, "sslBundle");
		return this;
	}

	/**
	 * Sets how long a pooled connection may stay idle and still be used (default 20s, below the idle
	 * timeouts of common load balancers and proxies, so the client stops using a connection before
	 * the other side may have dropped it without a word). Reactor Netty connector only.
	 * @param maxIdleTime a positive duration
	 * @return this builder
	 */
	public ChameleonOperationsBuilder maxIdleTime(Duration maxIdleTime) {
		this.connection.maxIdleTime = requireNonNull(maxIdleTime, "maxIdleTime");
		return this;
	}

	/**
	 * Sets how long one attempt's whole response (status, headers and body) may take (default 30s);
	 * a file download's body may pause at most this long between chunks, and is bounded as a whole
	 * by the call's deadline. Keep it well above 4s: Chameleon may queue a concurrency-limited
	 * request for up to 4 seconds before answering. A timed-out attempt is a
	 * {@code ChameleonTransportException} that may have reached the server.
	 * @param responseTimeout the timeout
	 * @return this builder
	 */
	public ChameleonOperationsBuilder responseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
		return this;
	}

	/**
	 * Sets the size of the client's connection pool (default 64). Reactor Netty connector only.
	 * @param maxConnections at least 1
	 * @return this builder
	 */
	public ChameleonOperationsBuilder maxConnections(int maxConnections) {
		this.connection.maxConnections = maxConnections;
		return this;
	}

	/**
	 * Sets the largest response body held in memory for decoding (default 16 MB). It replaces, for
	 * this client only, the generic codec limit of the cloned builder (Spring Boot's
	 * {@code spring.http.codecs.max-in-memory-size}, 256 KB by default, which a page of 500 real
	 * profiles exceeds). A larger body fails at once with a {@code ChameleonResponseTooLargeException}:
	 * never retried, never a circuit-breaker failure. File downloads stream and are not limited.
	 * @param maxResponseSize at least 1 KB and at most 2 GB
	 * @return this builder
	 */
	public ChameleonOperationsBuilder maxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
		return this;
	}

	/**
	 * Sets the resilience policy wrapped around every call. The default is
	 * {@code ChameleonResilience.builder().build()}: pacing, the shared 429 cool-down, concurrency
	 * lanes, retries of what is safe to repeat and a circuit breaker, with the documented defaults.
	 * Opt out explicitly with {@link CallPolicy#direct()} (every call sent once, nothing shared).
	 * @param callPolicy the policy
	 * @return this builder
	 */
	public ChameleonOperationsBuilder callPolicy(CallPolicy callPolicy) {
		this.callPolicy = callPolicy;
		this.callPolicySet = true;
		return this;
	}

	/**
	 * Configures the default resilience policy with the same names as the {@code chameleon.resilience.*}
	 * properties, so transport and resilience are set on one builder:
	 * <pre>{@code
	 * ChameleonOperations.builder().accountSecret(secret).responseTimeout(Duration.ofSeconds(10))
	 *     .resilience((r) -> r.pace((pace) -> pace.requestsPerMinute(120)).retry((retry) -> retry.maxAttempts(3)))
	 *     .build();
	 * }</pre>
	 * Not combined with {@link #callPolicy(CallPolicy)}, which replaces the policy as a whole.
	 * @param customizer sets resilience settings ({@code pace}, {@code cooldown}, {@code concurrency},
	 * {@code retry}, {@code circuitBreaker}, {@code deadline}, ...)
	 * @return this builder
	 */
	public ChameleonOperationsBuilder resilience(Consumer<ChameleonResilienceBuilder> customizer) {
		this.resilience.add(customizer);
		return this;
	}

	/**
	 * Adds a filter inside the error filter (it sees raw responses and transport failures, once
	 * per attempt).
	 * @param filter the filter
	 * @return this builder
	 */
	public ChameleonOperationsBuilder filter(ExchangeFilterFunction filter) {
		this.filters.add(filter);
		return this;
	}

	/**
	 * Adjusts the cloned {@code WebClient.Builder} before the client's filters are added. The
	 * client's connector replaces any set here: give one with {@link #clientConnector}.
	 * @param customizer the customizer
	 * @return this builder
	 */
	public ChameleonOperationsBuilder webClient(Consumer<WebClient.Builder> customizer) {
		this.webClientCustomizers.add(customizer);
		return this;
	}

	/**
	 * Observes every logical call (one {@code chameleon.call} observation around its waits and
	 * retries, see {@link ObservedCallPolicy}) and every attempt ({@code http.client.requests}, a
	 * child of it) with the given registry, which is also set on the cloned {@code WebClient.Builder}.
	 * Not set, or {@link ObservationRegistry#NOOP}: no {@code chameleon.call} observation, nothing added
	 * to a call, and the {@code WebClient.Builder} keeps the registry it had.
	 * @param registry the registry
	 * @return this builder
	 */
	public ChameleonOperationsBuilder observationRegistry(ObservationRegistry registry) {
		return observationRegistry(registry, null);
	}

	/**
	 * Like {@link #observationRegistry(ObservationRegistry)}, with the convention of the
	 * {@code chameleon.call} observation (for example
	 * {@code new DefaultChameleonCallObservationConvention("billing")} for another {@code client} name).
	 * @param registry the registry
	 * @param convention the convention, or {@code null} for the default
	 * @return this builder
	 */
	public ChameleonOperationsBuilder observationRegistry(ObservationRegistry registry,
			@Nullable ChameleonCallObservationConvention convention) {
		if (registry == null) {
			throw new IllegalArgumentException("observationRegistry must not be null (use ObservationRegistry.NOOP)");
		}
		this.observationRegistry = registry;
		this.observationConvention = convention;
		return this;
	}

	/**
	 * Validates the settings and builds the client.
	 * @return the client
	 * @throws IllegalArgumentException naming the setting that is missing or invalid
	 */
	public ChameleonOperations build() {
		String secret = this.accountSecret;
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("accountSecret must be set (the Chameleon Account Secret)");
		}
		if (secret.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			// a CR/LF or other control character cannot be sent in a header: fail here, not on every call
			throw new IllegalArgumentException(
					"accountSecret (chameleon.account-secret) contains a control character (a line break copied with it?);"
							+ " check the value set");
		}
		validateBaseUrl(this.baseUrl, this.allowInsecureHttp);
		this.connection.validate();
		requirePositive(this.responseTimeout, "responseTimeout");
		if (this.callPolicySet && this.callPolicy == null) {
			throw new IllegalArgumentException("callPolicy must not be null (use CallPolicy.direct() to send every call once)");
		}
		if (this.maxResponseSize == null || this.maxResponseSize.toBytes() < 1024
				|| this.maxResponseSize.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(
					"maxResponseSize must be between 1KB and 2GB, was " + this.maxResponseSize);
		}
		if (this.callPolicySet && !this.resilience.isEmpty()) {
			throw new IllegalArgumentException("set either callPolicy or resilience, not both (callPolicy replaces the"
					+ " resilience policy as a whole)");
		}
		int maxResponseBytes = (int) this.maxResponseSize.toBytes();
		CallPolicy resilience = (this.callPolicy != null) ? this.callPolicy : defaultPolicy();
		ObservationRegistry observations = this.observationRegistry;
		CallPolicy policy = (observations != null && !observations.isNoop())
				? new ObservedCallPolicy(resilience, observations, this.observationConvention) : resilience;
		JsonMapper mapper = ChameleonJson.newMapper();
		// the response timeout is enforced per attempt over the whole response by ResponseTimeoutFilter; a
		// read timeout (Netty's read-idle handler) only when one is configured
		ConnectorSettings.Connection connection = this.connection.open();
		// WebClient expands the URI templates and encodes every URI variable strictly, so a '/' or '?' in an ID
		// stays in its segment (VALUES_ONLY: the templates are ours and need no encoding)
		DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory(this.baseUrl);
		uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.VALUES_ONLY);
		WebClient.Builder builder = (this.webClientBuilder != null) ? this.webClientBuilder.clone() : WebClient.builder();
		if (policy != resilience) {
			builder.observationRegistry(observations);
		}
		this.webClientCustomizers.forEach((customizer) -> customizer.accept(builder));
		builder.clientConnector(new AccountSecretConnector(connection.connector(), secret));
		// last, so nothing overrides them: this client's URIs, JSON unless a declaration accepts otherwise (a
		// download), its own size limit (not the application's generic codec default, 256 KB in Boot), its own
		// JSON mapper for request bodies, and never logging request details (the secret header)
		builder.uriBuilderFactory(uris);
		builder.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		builder.codecs((codecs) -> {
			codecs.defaultCodecs().maxInMemorySize(maxResponseBytes);
			codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(mapper));
			codecs.defaultCodecs().enableLoggingRequestDetails(false);
		});
		List<ExchangeFilterFunction> added = List.copyOf(this.filters);
		builder.filters((list) -> {
			list.add(0, new ChameleonErrorFilter(mapper, secret));
			list.addAll(added);
			list.add(new ResponseTimeoutFilter(this.responseTimeout));
		});
		Duration responseTimeout = this.responseTimeout;
		HttpServiceProxyFactory resources = HttpServiceProxyFactory.builderFor(WebClientAdapter.create(builder.build()))
			.exchangeAdapterDecorator((adapter) -> new ChameleonExchangeAdapter((WebClientAdapter) adapter, uris, policy,
					mapper, secret, maxResponseBytes, responseTimeout))
			.customArgumentResolver(new RequestArguments())
			.httpRequestValuesProcessor(new Endpoint.Processor())
			.proxyFactoryCustomizer(new DefaultMethods())
			.build();
		return DefaultChameleonOperations.create(resources, this.baseUrl, policy, connection.release());
	}

	private CallPolicy defaultPolicy() {
		ChameleonResilienceBuilder builder = ChameleonResilience.builder();
		this.resilience.forEach((customizer) -> customizer.accept(builder));
		return builder.build();
	}

	private static void validateBaseUrl(@Nullable String baseUrl, boolean allowInsecureHttp) {
		URI uri;
		try {
			uri = (baseUrl != null) ? URI.create(baseUrl) : null;
		}
		catch (IllegalArgumentException ex) {
			uri = null;
		}
		if (uri == null || uri.getHost() == null
				|| !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
			throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL such as "
					+ DEFAULT_BASE_URL + ", was '" + baseUrl + "'");
		}
		if (uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("baseUrl must not contain a query or user info");
		}
		if ("http".equalsIgnoreCase(uri.getScheme()) && !allowInsecureHttp && !isLoopback(uri.getHost())) {
			throw new IllegalArgumentException("baseUrl '" + baseUrl + "' is plain http to a host that is not this machine:"
					+ " the account secret would cross the network in clear text. Use https, or allow it explicitly"
					+ " (allowInsecureHttp(true), property chameleon.allow-insecure-http=true)");
		}
	}

	private static boolean isLoopback(String host) {
		String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (name.equalsIgnoreCase("localhost") || name.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
			return true;
		}
		// literal addresses only: never resolve a name here
		if (name.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			return name.startsWith("127.");
		}
		return name.equals("::1") || name.equals("0:0:0:0:0:0:0:1");
	}

	private static <T> T requireNonNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	private static void requirePositive(@Nullable Duration value, String name) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
		}
	}

}
