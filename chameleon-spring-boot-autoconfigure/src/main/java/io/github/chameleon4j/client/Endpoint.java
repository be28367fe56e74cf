package io.github.chameleon4j.client;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import org.springframework.web.service.invoker.HttpRequestValues;
import reactor.util.context.ContextView;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.Lane;

/**
 * One endpoint as the front door knows it: the {@link CallDescriptor} that the call policy and the
 * filters read (method, URI template, whether the call is safe to repeat, its lane), and how its 2xx
 * bodies are unwrapped. Built once per {@code @HttpExchange} method and URL from its annotations
 * ({@link SafeToRepeat}, {@link InLane}, {@link Envelope}), carried with each request as the attribute
 * {@link #ATTRIBUTE}.
 */
final class Endpoint {

	static final String ATTRIBUTE = Endpoint.class.getName();

	final CallDescriptor call;

	private final String[] keys;

	private final Shape shape;

	/** The endpoint a per-call variant was made from: it holds the reader. */
	private final Endpoint origin;

	@Nullable
	private volatile EnvelopeReader reader;

	private Endpoint(CallDescriptor call, String[] keys, Shape shape, @Nullable Endpoint origin) {
		this.call = call;
		this.keys = keys;
		this.shape = shape;
		this.origin = (origin != null) ? origin : this;
	}

	private static Endpoint of(Method method, HttpMethod httpMethod, String uriTemplate) {
		InLane lane = method.getAnnotation(InLane.class);
		boolean idempotent = method.isAnnotationPresent(SafeToRepeat.class) || CallDescriptor.isIdempotentMethod(httpMethod);
		Envelope envelope = method.getAnnotation(Envelope.class);
		String[] keys = (envelope == null) ? new String[0]
				: (envelope.value().length > 0 || envelope.shape() != Shape.DECLARED) ? envelope.value()
						: resourceNames(uriTemplate);
		return new Endpoint(new CallDescriptor(httpMethod, uriTemplate, idempotent,
				(lane != null) ? Lane.of(lane.value(), lane.width()) : null, null), keys,
				(envelope != null) ? envelope.shape() : Shape.DECLARED, null);
	}

	/** The resource's own names: {@code tours} for {@code /v3/edit/tours}, {@code tour} below it ({@code /{id}}). */
	private static String[] resourceNames(String uriTemplate) {
		String[] segments = uriTemplate.split("/");
		String last = segments[segments.length - 1];
		String collection = segments[segments.length - 2];
		return new String[] { last.startsWith("{") ? collection.substring(0, collection.length() - 1) : last };
	}

	static Endpoint of(HttpRequestValues values) {
		return (Endpoint) values.getAttributes().get(ATTRIBUTE);
	}

	private Endpoint with(boolean idempotent, @Nullable Lane lane) {
		CallDescriptor call = new CallDescriptor(this.call.method(), this.call.uriTemplate(), idempotent, lane, null);
		return new Endpoint(call, this.keys, this.shape, this.origin);
	}

	/** The call as the policy sees it: with the deadline of the {@link DeadlineView} the caller subscribed through. */
	CallDescriptor call(ContextView context) {
		Duration deadline = context.getOrDefault(DeadlineView.class, null);
		return (deadline != null) ? this.call.withDeadline(deadline) : this.call;
	}

	/**
	 * Reads a 2xx body into the declared result: {@code T} of {@code Mono<T>}, or of {@code Flux<T>}
	 * when {@code many}; {@code null} for none.
	 */
	@Nullable
	Object read(byte[] bytes, Type declared, boolean many, JsonMapper mapper) {
		EnvelopeReader reader = this.origin.reader;
		if (reader == null) {
			// built on first use: the declared type of a generic declaration is only known here
			reader = EnvelopeReader.of(this.keys, this.shape, mapper.constructType(declared), many, mapper);
			this.origin.reader = reader;
		}
		return reader.read(bytes);
	}

	/**
	 * Attaches its {@link Endpoint} to each request, and its {@code CallDescriptor} for the filters
	 * ({@link ChameleonOperationsBuilder#CALL_ATTRIBUTE}). Traits that depend on the call apply here: a
	 * {@link Lane} argument, and an upload that can be read only once (never repeated).
	 */
	static final class Processor implements HttpRequestValues.Processor {

		/** Per method, per URL: a generic declaration serves several. */
		private final Map<Method, Map<String, Endpoint>> endpoints = new ConcurrentHashMap<>();

		@Override
		public void process(Method method, MethodParameter[] parameters, Object @Nullable [] arguments,
				HttpRequestValues.Builder values) {
			String template = values.getUriTemplate();
			Map<String, Endpoint> byTemplate = this.endpoints.get(method);
			Endpoint endpoint = (byTemplate != null) ? byTemplate.get(template) : null;
			if (endpoint == null) {
				endpoint = this.endpoints.computeIfAbsent(method, (key) -> new ConcurrentHashMap<>())
					.computeIfAbsent(template, (key) -> of(method, values.getHttpMethod(), key));
			}
			for (Object argument : arguments) {
				if (argument instanceof Lane lane) {
					endpoint = endpoint.with(endpoint.call.idempotent(), lane);
				}
				else if (argument instanceof FileUpload upload && !upload.isRepeatable()) {
					endpoint = endpoint.with(false, endpoint.call.lane());
				}
			}
			values.addAttribute(ATTRIBUTE, endpoint);
			values.addAttribute(ChameleonOperationsBuilder.CALL_ATTRIBUTE, endpoint.call);
		}

	}

}
