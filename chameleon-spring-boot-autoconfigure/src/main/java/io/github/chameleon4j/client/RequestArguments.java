package io.github.chameleon4j.client;

import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.invoker.HttpRequestValues;
import org.springframework.web.service.invoker.HttpServiceArgumentResolver;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.ChangeSet;
import io.github.chameleon4j.resilience.Lane;

/**
 * Checks the arguments of every {@code @HttpExchange} method before anything is sent, naming the
 * argument: a path variable must stay one segment ({@link Arguments#requirePathSegment}: not blank,
 * not {@code .} or {@code ..}), a query parameter must not be blank, a query object must be given.
 * Then it writes the query objects ({@link PageRequest}, {@link ActivityQuery}, {@link DeliveryQuery},
 * {@link ChangeQuery}) as query parameters, and claims {@link Lane} arguments for {@link Endpoints}.
 * Other arguments go on to Spring's resolvers.
 */
final class RequestArguments implements HttpServiceArgumentResolver {

	@Override
	public boolean resolve(@Nullable Object argument, MethodParameter parameter, HttpRequestValues.Builder values) {
		String name = parameter.getParameterName();
		if (parameter.hasParameterAnnotation(PathVariable.class)) {
			Arguments.requirePathSegment((argument != null) ? argument.toString() : null, name);
			return false;
		}
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			if (param.required() || argument != null) {
				Arguments.requireText((argument != null) ? argument.toString() : null, name);
			}
			return false;
		}
		Class<?> type = parameter.getParameterType();
		if (type == PageRequest.class) {
			page(Arguments.requireNonNull((PageRequest) argument, name), values);
		}
		else if (type == ActivityQuery.class) {
			ActivityQuery query = Arguments.requireNonNull((ActivityQuery) argument, name);
			param(values, "id", query.experienceId());
			page(query.page(), values);
			param(values, "order", query.order());
			param(values, "expand[profile]", (query.expandProfile() != null) ? query.expandProfile().wireValue() : null);
			param(values, "expand[company]", (query.expandCompany() != null) ? query.expandCompany().wireValue() : null);
		}
		else if (type == DeliveryQuery.class) {
			DeliveryQuery query = Arguments.requireNonNull((DeliveryQuery) argument, name);
			param(values, "model_id", query.modelId());
			param(values, "profile_id", query.profileId());
			page(query.page(), values);
		}
		else if (type == ChangeQuery.class) {
			// one property is sent as filter=name, several as repeated filters[]=name (see ChangeQuery)
			ChangeQuery query = Arguments.requireNonNull((ChangeQuery) argument, name);
			page(query.page(), values);
			values.addRequestParameter((query.properties().size() == 1) ? "filter" : "filters[]",
					query.properties().toArray(new String[0]));
			param(values, "model_kind", (query.modelKind() != null) ? query.modelKind().wireValue() : null);
			param(values, "model_id", query.modelId());
		}
		else {
			return type == Lane.class;
		}
		return true;
	}

	private static void page(@Nullable PageRequest page, HttpRequestValues.Builder values) {
		if (page != null) {
			param(values, "limit", page.limit());
			param(values, "before", page.before());
			param(values, "after", page.after());
		}
	}

	private static void param(HttpRequestValues.Builder values, String name, @Nullable Object value) {
		if (value != null) {
			values.addRequestParameter(name, value.toString());
		}
	}

	/** The pagination fields of a JSON body (for reads sent as POST); unset ones are left out. */
	static Map<String, Object> withPage(Map<String, Object> body, @Nullable PageRequest page) {
		if (page != null) {
			putIfSet(body, "limit", page.limit());
			putIfSet(body, "before", page.before());
			putIfSet(body, "after", page.after());
		}
		return body;
	}

	private static void putIfSet(Map<String, Object> body, String name, @Nullable Object value) {
		if (value != null) {
			body.put(name, value);
		}
	}

	/** The body of a change that must change something, failing before sending when it is missing or empty. */
	static Map<String, Object> changes(@Nullable ChangeSet change, String name) {
		Arguments.requireNonNull(change, name);
		if (change.isEmpty()) {
			throw new IllegalArgumentException(name + " must set at least one field");
		}
		return change.toBody();
	}

}
