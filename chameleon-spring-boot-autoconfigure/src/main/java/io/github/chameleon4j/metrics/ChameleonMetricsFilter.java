package io.github.chameleon4j.metrics;

import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.util.context.Context;

import io.github.chameleon4j.resilience.CallDescriptor;

/**
 * Counts every attempt of the Chameleon client in {@value ChameleonMeters#RESPONSES}, tagged
 * with the client name, method, URI template, status, outcome and error kind.
 * <p>
 * Add it inside the client's error filter so it sees raw responses and transport failures, once
 * per attempt: {@code ChameleonOperations.builder().filter(new ChameleonMetricsFilter(registry, "chameleon"))}.
 * The URI tag is the template of the {@link CallDescriptor} the client attaches to every request
 * ({@link CallDescriptor#ATTRIBUTE}, e.g. {@code /v3/edit/tours/{id}}); requests
 * without it are tagged {@code uri=none}.
 * Counters are cached per route and status, so counting allocates no tags or meters.
 * Cancelled attempts (for example on a deadline) are not counted.
 */
public final class ChameleonMetricsFilter implements ExchangeFilterFunction {

	private final MeterRegistry registry;

	private final String clientName;

	@Nullable
	private final String baseUrl;

	private final ConcurrentHashMap<HttpMethod, ConcurrentHashMap<String, RouteCounters>> routes = new ConcurrentHashMap<>();

	/**
	 * Creates a filter that strips the scheme and host from URI templates.
	 * @param registry where to register the counters
	 * @param clientName the {@code client} tag value
	 */
	public ChameleonMetricsFilter(MeterRegistry registry, String clientName) {
		this(registry, clientName, null);
	}

	/**
	 * Creates a filter that strips the given base URL (or else the scheme and host) from URI templates.
	 * @param registry where to register the counters
	 * @param clientName the {@code client} tag value
	 * @param baseUrl the client's base URL, or {@code null}
	 */
	public ChameleonMetricsFilter(MeterRegistry registry, String clientName, @Nullable String baseUrl) {
		if (registry == null) {
			throw new IllegalArgumentException("registry must not be null");
		}
		if (clientName == null || clientName.isBlank()) {
			throw new IllegalArgumentException("clientName must not be blank");
		}
		this.registry = registry;
		this.clientName = clientName;
		this.baseUrl = (baseUrl != null && baseUrl.endsWith("/")) ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return new Counting(next.exchange(request), countersFor(request));
	}

	/** Counts the attempt's response or transport failure as it passes: one operator, not two peeks. */
	private static final class Counting extends MonoOperator<ClientResponse, ClientResponse> {

		private final RouteCounters counters;

		Counting(Mono<ClientResponse> source, RouteCounters counters) {
			super(source);
			this.counters = counters;
		}

		@Override
		public void subscribe(CoreSubscriber<? super ClientResponse> actual) {
			this.source.subscribe(new CountingSubscriber(actual, this.counters));
		}

	}

	/** Hands the subscription on behind itself (never the source's own), so no value can bypass the count by fusion. */
	private static final class CountingSubscriber implements CoreSubscriber<ClientResponse>, Subscription {

		private final CoreSubscriber<? super ClientResponse> actual;

		private final RouteCounters counters;

		@Nullable
		private Subscription upstream;

		CountingSubscriber(CoreSubscriber<? super ClientResponse> actual, RouteCounters counters) {
			this.actual = actual;
			this.counters = counters;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			this.upstream = subscription;
			this.actual.onSubscribe(this);
		}

		@Override
		public void onNext(ClientResponse response) {
			this.counters.forStatus(response.statusCode().value()).increment();
			this.actual.onNext(response);
		}

		@Override
		public void onError(Throwable failure) {
			this.counters.forTransportFailure().increment();
			this.actual.onError(failure);
		}

		@Override
		public void onComplete() {
			this.actual.onComplete();
		}

		@Override
		public void request(long n) {
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.request(n);
			}
		}

		@Override
		public void cancel() {
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.cancel();
			}
		}

	}

	private RouteCounters countersFor(ClientRequest request) {
		HttpMethod method = request.method();
		Object call = request.attributes().get(CallDescriptor.ATTRIBUTE);
		String template = (call instanceof CallDescriptor descriptor) ? descriptor.uriTemplate() : "";
		ConcurrentHashMap<String, RouteCounters> byTemplate = this.routes.get(method);
		if (byTemplate == null) {
			byTemplate = this.routes.computeIfAbsent(method, (key) -> new ConcurrentHashMap<>());
		}
		RouteCounters counters = byTemplate.get(template);
		if (counters == null) {
			counters = byTemplate.computeIfAbsent(template, (key) -> new RouteCounters(this.registry,
					Tags.of(ChameleonMeters.CLIENT, this.clientName, ChameleonMeters.METHOD, method.name(),
							ChameleonMeters.URI, uriTag(key, this.baseUrl))));
		}
		return counters;
	}

	/**
	 * The {@code uri} tag of a URI template: the template without the base URL (or, when it does
	 * not start with it, without scheme and host) and without any query.
	 * @param template the template as set on the request, possibly empty
	 * @param baseUrl the base URL without trailing slash, or {@code null}
	 * @return the tag value, {@code none} for an empty template
	 */
	static String uriTag(String template, @Nullable String baseUrl) {
		if (template.isEmpty()) {
			return ChameleonMeters.NONE;
		}
		String path = template;
		if (baseUrl != null && !baseUrl.isEmpty() && template.startsWith(baseUrl)) {
			path = template.substring(baseUrl.length());
		}
		else {
			int scheme = template.indexOf("://");
			if (scheme >= 0) {
				int slash = template.indexOf('/', scheme + 3);
				path = (slash < 0) ? "" : template.substring(slash);
			}
		}
		int query = path.indexOf('?');
		if (query >= 0) {
			path = path.substring(0, query);
		}
		return path.isEmpty() ? "/" : path;
	}

}
