package io.github.chameleon4j.client;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;

import org.springframework.http.HttpMethod;
import org.springframework.lang.Nullable;
import org.springframework.web.service.invoker.HttpRequestValues;
import reactor.util.context.ContextView;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.Lane;

/**
 * One endpoint as the front door knows it: the {@link CallDescriptor} that the call policy and the
 * filters read (method, URI template, whether the call is safe to repeat, its concurrency lane), and
 * how its 2xx bodies are unwrapped. Built once per {@code @HttpExchange} method and URL by
 * {@link Endpoints}, carried with each request as the attribute {@link #ATTRIBUTE}.
 */
final class Endpoint {

	/** The request attribute holding the endpoint. */
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

	/** The endpoint of a method, from its annotations: {@link SafeToRepeat}, {@link InLane}, {@link Envelope}. */
	static Endpoint of(Method method, HttpMethod httpMethod, String uriTemplate) {
		InLane lane = method.getAnnotation(InLane.class);
		boolean idempotent = method.isAnnotationPresent(SafeToRepeat.class) || CallDescriptor.isIdempotentMethod(httpMethod);
		Envelope envelope = method.getAnnotation(Envelope.class);
		String[] keys = (envelope == null || envelope.value().length > 0 || envelope.shape() != Shape.DECLARED)
				? ((envelope != null) ? envelope.value() : new String[0]) : resourceNames(uriTemplate);
		return new Endpoint(new CallDescriptor(httpMethod, uriTemplate, idempotent,
				(lane != null) ? Lane.of(lane.value(), lane.width()) : null, null), keys,
				(envelope != null) ? envelope.shape() : Shape.DECLARED, null);
	}

	/**
	 * The resource's own names (reference §1.5): the collection for its path ({@code /v3/edit/tours}:
	 * {@code tours}), the singular for a path below it ({@code /v3/edit/tours/{id}}: {@code tour}).
	 */
	private static String[] resourceNames(String uriTemplate) {
		String[] segments = uriTemplate.split("/");
		String last = segments[segments.length - 1];
		if (!last.startsWith("{")) {
			return new String[] { last };
		}
		String collection = segments[segments.length - 2];
		return new String[] { collection.substring(0, collection.length() - 1) };
	}

	/** The endpoint of a request, as {@link Endpoints} attached it. */
	static Endpoint of(HttpRequestValues values) {
		return (Endpoint) values.getAttributes().get(ATTRIBUTE);
	}

	/** A variant for one call that runs in the given lane (one per user profile for Delivery creates). */
	Endpoint inLane(Lane lane) {
		return new Endpoint(new CallDescriptor(this.call.method(), this.call.uriTemplate(), this.call.idempotent(), lane,
				null), this.keys, this.shape, this.origin);
	}

	/** A variant for one call whose body can be sent only once (an upload from a one-shot publisher). */
	Endpoint notRepeatable() {
		return new Endpoint(new CallDescriptor(this.call.method(), this.call.uriTemplate(), false, this.call.lane(), null),
				this.keys, this.shape, this.origin);
	}

	/** The call as the policy sees it: with the deadline of a {@link DeadlineView} the caller subscribed through. */
	CallDescriptor call(ContextView context) {
		Duration deadline = context.getOrDefault(DeadlineView.class, null);
		return (deadline != null) ? this.call.withDeadline(deadline) : this.call;
	}

	/**
	 * Reads a 2xx body into the declared result.
	 * @param bytes the body, empty when there was none
	 * @param declared {@code T} of the declared {@code Mono<T>} or {@code Flux<T>}
	 * @param many whether the result is a {@code Flux<T>}
	 * @param mapper the client's mapper
	 * @return the result, or {@code null} for none
	 */
	@Nullable
	Object read(byte[] bytes, Type declared, boolean many, JsonMapper mapper) {
		EnvelopeReader reader = this.origin.reader;
		if (reader == null) {
			// built once: the declared type of a generic declaration is only known here
			reader = EnvelopeReader.of(this.keys, this.shape, mapper.constructType(declared), many, mapper);
			this.origin.reader = reader;
		}
		return reader.read(bytes);
	}

}
