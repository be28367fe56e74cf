package io.github.chameleon4j.client;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.reactivestreams.Publisher;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.lang.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.service.invoker.HttpRequestValues;

import io.github.chameleon4j.resilience.Lane;

/**
 * Attaches to each request the {@link Endpoint} of its {@code @HttpExchange} method, built once per
 * method and URL (a generic declaration serves several URLs), and its {@code CallDescriptor} as
 * {@link ChameleonOperationsBuilder#CALL_ATTRIBUTE} for the filters. Traits that depend on the call
 * are applied here: a {@link Lane} argument, and a body that streams from a one-shot publisher (never
 * repeated). Requests accept JSON unless the declaration says otherwise.
 */
final class Endpoints implements HttpRequestValues.Processor {

	private final Map<Method, Map<String, Endpoint>> endpoints = new ConcurrentHashMap<>();

	@Override
	public void process(Method method, MethodParameter[] parameters, @Nullable Object[] arguments,
			HttpRequestValues.Builder values) {
		Endpoint endpoint = endpoint(method, values);
		for (Object argument : arguments) {
			if (argument instanceof Lane lane) {
				endpoint = endpoint.inLane(lane);
			}
			else if (argument instanceof MultiValueMap<?, ?> parts && endpoint.call.idempotent() && isOneShot(parts)) {
				endpoint = endpoint.notRepeatable();
			}
		}
		List<MediaType> accept = values.getAcceptMediaTypes();
		if (accept == null || accept.isEmpty()) {
			values.addHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		}
		values.addAttribute(Endpoint.ATTRIBUTE, endpoint);
		values.addAttribute(ChameleonOperationsBuilder.CALL_ATTRIBUTE, endpoint.call);
	}

	private Endpoint endpoint(Method method, HttpRequestValues.Builder values) {
		String template = values.getUriTemplate();
		Map<String, Endpoint> byTemplate = this.endpoints.get(method);
		Endpoint endpoint = (byTemplate != null) ? byTemplate.get(template) : null;
		if (endpoint == null) {
			endpoint = this.endpoints.computeIfAbsent(method, (key) -> new ConcurrentHashMap<>())
				.computeIfAbsent(template, (key) -> Endpoint.of(method, values.getHttpMethod(), key));
		}
		return endpoint;
	}

	private static boolean isOneShot(MultiValueMap<?, ?> parts) {
		for (List<?> values : parts.values()) {
			for (Object part : values) {
				if (part instanceof HttpEntity<?> entity && entity.getBody() instanceof Publisher<?>) {
					return true;
				}
			}
		}
		return false;
	}

}
