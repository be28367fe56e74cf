package io.github.chameleon4j.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.resources.LoopResources;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * An in-process emulator of the Chameleon REST API v3 on a loopback port, for tests, benchmarks and demos.
 * It keeps a seeded, stateful account (profiles, companies, segments, tours, microsurveys, interactions, responses,
 * deliveries), answers with the documented paths, keys, cursors, status codes and error envelopes, and can be told
 * at runtime to rate-limit ({@link #rateLimits()}) or fail ({@link #faults()}). Every request is recorded
 * ({@link #requests()}).
 *
 * <pre>{@code
 * try (ChameleonEmulator emulator = ChameleonEmulator.builder().accountSecret("s3cret").seedProfiles(100).start()) {
 *     // point the client at emulator.baseUrl() with emulator.accountSecret()
 *     emulator.faults().failNext(1, Fault.unavailableHtml());
 *     assertThat(emulator.requests()).hasSize(2);
 * }
 * }</pre>
 * Handlers never block: delays and queue timeouts run on the configured Reactor {@link Scheduler}; limiter windows
 * and recorded instants use the configured {@link Clock}.
 */
public final class ChameleonEmulator implements AutoCloseable {

	private static final int LOGGED_BODY_CHARS = 64 * 1024;

	private static final String SECRET_MARK = "[account_secret]";

	private final Builder config;

	private final Clock clock;

	private final Scheduler scheduler;

	private final EmulatorRateLimits rateLimits;

	private final EmulatorFaults faults;

	private final EmulatorPaging paging;

	private final RequestLog log;

	private final AtomicLong sequence = new AtomicLong();

	private final Instant epoch;

	private final EmulatorData data;

	private volatile Routes routes;

	private volatile DisposableServer server;

	private LoopResources loops;

	private ChameleonEmulator(Builder config) {
		this.config = config;
		this.clock = config.clock;
		this.scheduler = config.scheduler;
		this.rateLimits = new EmulatorRateLimits(config.maxConcurrentEnabled, config.queueTimeout);
		this.faults = new EmulatorFaults(config.seed);
		this.paging = new EmulatorPaging(config.cursorStyle);
		this.log = new RequestLog(config.requestLogCapacity);
		this.epoch = this.clock.instant();
		this.routes = newRoutes();
		this.data = new EmulatorData(() -> this.routes);
	}

	/**
	 * A builder with defaults: random port, secret {@code emulator-account-secret}, 20 profiles, 5 companies, with
	 * {@link SeedData#REALISTIC} custom data.
	 */
	public static Builder builder() {
		return new Builder();
	}

	private Routes newRoutes() {
		EmulatorStore store = new EmulatorStore(this.epoch, this.config.seed, this.config.seedProfiles,
				this.config.seedCompanies, this.config.seedData);
		return new Routes(new ApiContext(store, this.clock, this.paging, this.config.seed));
	}

	/**
	 * Binds the server to 127.0.0.1; returns this emulator. The server runs on event loops of its own,
	 * not Reactor Netty's global ones: a Spring application context that shuts down (and with it
	 * Boot's {@code ReactorResourceFactory}, which disposes the global loops) leaves the emulator running.
	 */
	public synchronized ChameleonEmulator start() {
		if (this.server == null) {
			this.loops = LoopResources.create("chameleon-emulator", 1, Math.max(2, Runtime.getRuntime().availableProcessors()), true);
			this.server = HttpServer.create().runOn(this.loops).host("127.0.0.1").port(this.config.port)
				.handle(this::handle).bindNow();
		}
		return this;
	}

	public boolean isRunning() {
		return this.server != null;
	}

	/** The base URL, e.g. {@code http://127.0.0.1:51234}, to use instead of {@code https://api.chameleon.io}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	public int port() {
		DisposableServer current = this.server;
		if (current == null) {
			throw new IllegalStateException("The emulator is not started");
		}
		return current.port();
	}

	/** The account secret requests must carry as {@code X-Account-Secret}. */
	public String accountSecret() {
		return this.config.accountSecret;
	}

	public Clock clock() {
		return this.clock;
	}

	public EmulatorRateLimits rateLimits() {
		return this.rateLimits;
	}

	public EmulatorFaults faults() {
		return this.faults;
	}

	public EmulatorPaging paging() {
		return this.paging;
	}

	/** The emulated account's data: seeded IDs and helpers to prepare or inspect state. */
	public EmulatorData data() {
		return this.data;
	}

	/** Every recorded request so far, in arrival order (immutable snapshot). */
	public List<RecordedRequest> requests() {
		return this.log.snapshot();
	}

	public void clearRequests() {
		this.log.clear();
	}

	/** Restores the seeded data and every switch to the builder's settings and empties the request log. */
	public void reset() {
		this.routes = newRoutes();
		this.rateLimits.reset();
		this.faults.clear();
		this.paging.reset();
		this.log.clear();
	}

	@Override
	public synchronized void close() {
		if (this.server != null) {
			this.server.disposeNow(Duration.ofSeconds(5));
			this.server = null;
		}
		if (this.loops != null) {
			this.loops.dispose();
			this.loops = null;
		}
	}

	@Override
	public String toString() {
		return "ChameleonEmulator[" + ((this.server != null) ? baseUrl() : "stopped") + "]";
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		String method = request.method().name();
		return request.receive()
			.aggregate()
			.asString(StandardCharsets.UTF_8)
			.defaultIfEmpty("")
			.flatMap((body) -> {
				Exchange exchange = new Exchange(this.sequence.incrementAndGet(), this.clock.instant(),
						new ApiRequest(method, uri.path(), uri.parameters(), request.requestHeaders(), body));
				return process(exchange).onErrorResume(RuntimeException.class,
						(ex) -> Mono.just(ApiResponse.error(500, ApiResponse.INTERNAL)))
					.flatMap((answer) -> send(response, exchange, answer));
			});
	}

	/** Per-request state collected for the log. */
	private static final class Exchange {

		final long sequence;

		final Instant startedAt;

		final ApiRequest request;

		volatile Instant finishedAt;

		volatile boolean secretValid;

		volatile Duration delay = Duration.ZERO;

		Exchange(long sequence, Instant startedAt, ApiRequest request) {
			this.sequence = sequence;
			this.startedAt = startedAt;
			this.request = request;
		}

	}

	private Mono<ApiResponse> process(Exchange exchange) {
		ApiRequest request = exchange.request;
		Instant now = exchange.startedAt;
		exchange.secretValid = authenticated(request);
		if (this.faults.inOutage(now)) {
			return Mono.just(ApiResponse.error(503, null));
		}
		Fault fault = this.faults.next(request.path());
		if (fault != null && fault.replacement() != null) {
			return Mono.just(fault.replacement());
		}
		if (!exchange.secretValid) {
			return Mono.just(ApiResponse.error(403, ApiResponse.FORBIDDEN));
		}
		long retryAfter = this.rateLimits.checkGlobal(now);
		if (retryAfter > 0) {
			return Mono.just(ApiResponse.error(429, List.of(ApiResponse.RATE_LIMITED),
					Map.of("X-Retry-After", Long.toString(retryAfter)), null));
		}
		long wait = this.rateLimits.checkBucket(now);
		if (wait > 0) {
			return Mono.just(ApiResponse.error(429, List.of(ApiResponse.RATE_LIMITED),
					Map.of("X-Ratelimit-Wait", Long.toString(wait)), Map.of("wait", wait)));
		}
		Routes current = this.routes;
		Routes.Route route = current.route(request);
		if (route == null) {
			return Mono.just(ApiResponse.error(404, ApiResponse.NOT_FOUND));
		}
		Mono<ApiResponse> work = Mono.fromSupplier(() -> invoke(route, request));
		if (fault != null && fault.kind() == Fault.Kind.SLOW) {
			exchange.delay = fault.delay();
			work = Mono.delay(fault.delay(), this.scheduler).then(work);
		}
		if (fault != null && fault.kind() == Fault.Kind.MALFORMED_JSON) {
			work = work.map(ChameleonEmulator::malformed);
		}
		work = work.doOnNext((answer) -> exchange.finishedAt = this.clock.instant());
		if (!this.rateLimits.concurrencyApplies(route.group())) {
			return work;
		}
		ConcurrencyPool pool = this.rateLimits.pool(route.group(),
				(route.poolKey() != null) ? route.poolKey().apply(request) : null);
		int limit = this.rateLimits.maxConcurrent(route.group());
		Mono<ApiResponse> admitted = work;
		return this.rateLimits.acquire(pool, route.group(), this.scheduler)
			.flatMap((acquired) -> acquired ? admitted.doFinally((signal) -> pool.release())
					: Mono.just(ApiResponse.error(429, List.of(ApiResponse.RATE_LIMITED),
							Map.of("X-Ratelimit-Limit", Integer.toString(limit)), Map.of("limit", limit))));
	}

	private static ApiResponse invoke(Routes.Route route, ApiRequest request) {
		try {
			return route.handler().apply(request);
		}
		catch (ApiError ex) {
			return ApiResponse.of(ex);
		}
	}

	/** Cuts a 2xx JSON body in half so that it no longer parses. */
	private static ApiResponse malformed(ApiResponse answer) {
		if (answer.status() < 200 || answer.status() > 299) {
			return answer;
		}
		byte[] body = answer.body();
		byte[] cut = new byte[Math.max(1, body.length / 2)];
		System.arraycopy(body, 0, cut, 0, Math.min(cut.length, body.length));
		if (body.length == 0) {
			cut[0] = '{';
		}
		return answer.withBody(cut);
	}

	private boolean authenticated(ApiRequest request) {
		if (matchesSecret(request.headers().get("X-Account-Secret"))) {
			return true;
		}
		List<String> query = request.query().get("account_secret");
		if (query != null && !query.isEmpty() && matchesSecret(query.get(0))) {
			return true;
		}
		List<String> segments = request.segments();
		if (Routes.hookResource(segments) != null && Routes.hasEmbeddedSecret(segments)
				&& matchesSecret(segments.get(3))) {
			return true;
		}
		Object body = request.jsonOrEmpty().get("account_secret");
		return body != null && matchesSecret(body.toString());
	}

	private boolean matchesSecret(String candidate) {
		return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
				this.config.accountSecret.getBytes(StandardCharsets.UTF_8));
	}

	private Mono<Void> send(HttpServerResponse response, Exchange exchange, ApiResponse answer) {
		record(exchange, answer);
		if (answer.dropConnection()) {
			// the channel is closed before anything is written, so the client sees no response at all
			response.withConnection((connection) -> connection.channel().close());
			return Mono.empty();
		}
		response.status(answer.status());
		answer.headers().forEach(response::header);
		if (answer.contentType() != null) {
			response.header(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
		}
		response.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(answer.body().length));
		return response.sendByteArray(Mono.just(answer.body())).then();
	}

	private void record(Exchange exchange, ApiResponse answer) {
		if (this.config.requestLogCapacity <= 0) {
			// nothing is kept, so nothing is copied (load tests run the emulator with its log off)
			return;
		}
		ApiRequest request = exchange.request;
		String secret = this.config.accountSecret;
		Map<String, List<String>> query = new java.util.LinkedHashMap<>(request.query());
		query.remove("account_secret");
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		request.headers().forEach((header) -> {
			String name = header.getKey().toLowerCase(java.util.Locale.ROOT);
			if (!name.equals("x-account-secret") && !name.equals("authorization") && !name.equals("cookie")) {
				headers.merge(name, header.getValue(), (a, b) -> a + ", " + b);
			}
		});
		String body = request.body();
		if (body.length() > LOGGED_BODY_CHARS) {
			body = body.substring(0, LOGGED_BODY_CHARS);
		}
		Instant finished = (exchange.finishedAt != null) ? exchange.finishedAt : this.clock.instant();
		this.log.add(new RecordedRequest(exchange.sequence, exchange.startedAt, finished, request.method(),
				request.path().replace(secret, SECRET_MARK), Map.copyOf(query), Map.copyOf(headers),
				exchange.secretValid, body.replace(secret, SECRET_MARK), answer.status(), exchange.delay,
				Map.copyOf(answer.headers())));
	}

	/**
	 * Configures a {@link ChameleonEmulator}. Every setting has a default; {@link #start()} builds and starts.
	 */
	public static final class Builder {

		private String accountSecret = "emulator-account-secret";

		private int port;

		private Clock clock = Clock.systemUTC();

		private Scheduler scheduler = Schedulers.parallel();

		private long seed = 42;

		private int seedProfiles = 20;

		private int seedCompanies = 5;

		private SeedData seedData = SeedData.REALISTIC;

		private CursorStyle cursorStyle = CursorStyle.EVERY_PAGE;

		private boolean maxConcurrentEnabled = true;

		private Duration queueTimeout = EmulatorRateLimits.DEFAULT_QUEUE_TIMEOUT;

		private int requestLogCapacity = 10_000;

		private Builder() {
		}

		/** The secret requests must present (default {@code emulator-account-secret}). */
		public Builder accountSecret(String accountSecret) {
			if (accountSecret == null || accountSecret.isBlank()) {
				throw new IllegalArgumentException("accountSecret must not be blank");
			}
			this.accountSecret = accountSecret;
			return this;
		}

		/** The loopback port; 0 (default) picks a free one. */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/** The clock for record timestamps, limiter windows, outages and the request log. */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/** The Reactor scheduler for injected delays and queue timeouts (e.g. a {@code VirtualTimeScheduler}). */
		public Builder scheduler(Scheduler scheduler) {
			this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
			return this;
		}

		/** The seed for generated data and random faults (default 42). */
		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		/** How many profiles to seed, {@code user-1} to {@code user-N} (default 20). */
		public Builder seedProfiles(int count) {
			if (count < 0) {
				throw new IllegalArgumentException("seedProfiles must not be negative, was " + count);
			}
			this.seedProfiles = count;
			return this;
		}

		/** How many companies to seed, {@code acct-1} to {@code acct-N} (default 5). */
		public Builder seedCompanies(int count) {
			if (count < 0) {
				throw new IllegalArgumentException("seedCompanies must not be negative, was " + count);
			}
			this.seedCompanies = count;
			return this;
		}

		/**
		 * How much custom data seeded profiles and companies carry (default {@link SeedData#REALISTIC}: dozens of
		 * properties, about 1.75 MB per 500-profile page); {@link SeedData#MINIMAL} keeps only the few that segments
		 * use.
		 */
		public Builder seedData(SeedData seedData) {
			this.seedData = Objects.requireNonNull(seedData, "seedData");
			return this;
		}

		/** How cursor-paginated lists end (default {@link CursorStyle#EVERY_PAGE}). */
		public Builder cursorStyle(CursorStyle style) {
			this.cursorStyle = Objects.requireNonNull(style, "style");
			return this;
		}

		/** Whether the {@code max_concurrent} pools apply (default true, as on the real API). */
		public Builder maxConcurrentEnabled(boolean enabled) {
			this.maxConcurrentEnabled = enabled;
			return this;
		}

		/** How long a request beyond its concurrency pool queues before 429 (default 4 s). */
		public Builder queueTimeout(Duration timeout) {
			if (timeout == null || timeout.isNegative()) {
				throw new IllegalArgumentException("queueTimeout must not be negative, was " + timeout);
			}
			this.queueTimeout = timeout;
			return this;
		}

		/** How many requests the log keeps, oldest dropped first (default 10 000; 0 disables recording). */
		public Builder requestLogCapacity(int capacity) {
			if (capacity < 0) {
				throw new IllegalArgumentException("requestLogCapacity must not be negative, was " + capacity);
			}
			this.requestLogCapacity = capacity;
			return this;
		}

		/** Builds the emulator without starting its server. */
		public ChameleonEmulator build() {
			return new ChameleonEmulator(this.copy());
		}

		/** Builds and starts the emulator. */
		public ChameleonEmulator start() {
			return build().start();
		}

		private Builder copy() {
			Builder copy = new Builder();
			copy.accountSecret = this.accountSecret;
			copy.port = this.port;
			copy.clock = this.clock;
			copy.scheduler = this.scheduler;
			copy.seed = this.seed;
			copy.seedProfiles = this.seedProfiles;
			copy.seedCompanies = this.seedCompanies;
			copy.seedData = this.seedData;
			copy.cursorStyle = this.cursorStyle;
			copy.maxConcurrentEnabled = this.maxConcurrentEnabled;
			copy.queueTimeout = this.queueTimeout;
			copy.requestLogCapacity = this.requestLogCapacity;
			return copy;
		}

	}

}
