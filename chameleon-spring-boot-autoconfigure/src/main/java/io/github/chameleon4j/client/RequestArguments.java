package io.github.chameleon4j.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.invoker.HttpRequestValues;
import org.springframework.web.service.invoker.HttpServiceArgumentResolver;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.ChangeSet;
import io.github.chameleon4j.model.DomainChange;
import io.github.chameleon4j.model.EnvironmentChange;
import io.github.chameleon4j.model.ExperienceKind;
import io.github.chameleon4j.model.ExperienceRef;
import io.github.chameleon4j.model.ImportChange;
import io.github.chameleon4j.model.PropertyKind;
import io.github.chameleon4j.model.TagUpdate;
import io.github.chameleon4j.model.TrackedEvent;
import io.github.chameleon4j.model.TranslationFormat;
import io.github.chameleon4j.model.WebhookKind;
import io.github.chameleon4j.model.WebhookSubscriptionRequest;
import io.github.chameleon4j.resilience.Lane;
import io.github.chameleon4j.model.ActivityQuery;
import io.github.chameleon4j.model.ChangeQuery;
import io.github.chameleon4j.model.CompanyQuery;
import io.github.chameleon4j.model.DeliveryQuery;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

/**
 * How the arguments of the resource interfaces become a request, checked before anything is sent
 * ({@code IllegalArgumentException} naming the argument):
 * <ul>
 * <li>{@code @PathVariable}: one path segment ({@link Arguments#requirePathSegment}); {@code @RequestParam}
 * and a {@code @RequestPart} text: not blank, when required or given; a {@link Flag}: its query parameter
 * (path variables and query parameters are written here, not by Spring's resolvers: this runs on every call);</li>
 * <li>{@code PageRequest}, {@code ActivityQuery}, {@code DeliveryQuery}, {@code ChangeQuery}: query
 * parameters (a change query's model filter on the account feed only);</li>
 * <li>{@code @RequestBody}: fields of one JSON body. A change, a search, a subscription or a map brings its
 * own fields (a change at least one, but for the creates that have defaults; a search its page only when
 * the method returns a page: a count has none), a list its items under the parameter's name (at least
 * one, none null or blank), another value itself under its name; {@code byte[]} is the body as is;</li>
 * <li>{@code @RequestPart}: a {@link FileUpload} streams as that part (several as {@code files[]}), a
 * change's fields go as form fields ({@link MultipartFields});</li>
 * <li>a {@link Lane} is the call's lane, for {@link Endpoint.Processor}.</li>
 * </ul>
 * Enums travel as their wire values ({@link #conversions()}).
 */
final class RequestArguments implements HttpServiceArgumentResolver {

	/** The request attribute holding the JSON body while the arguments of one call add their fields to it. */
	static final String BODY = RequestArguments.class.getName() + ".body";

	private final ConversionService conversions = conversions();

	@Override
	public boolean resolve(@Nullable Object argument, MethodParameter parameter, HttpRequestValues.Builder values) {
		String name = parameter.getParameterName();
		boolean create = HttpMethod.POST.equals(values.getHttpMethod());
		check(argument, name, create);
		// one pass over the annotations: this runs for every argument of every call
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			if (annotation instanceof PathVariable variable) {
				String value = text(argument);
				values.setUriVariable(variable.name().isEmpty() ? name : variable.name(),
						Arguments.requirePathSegment(value, name));
				return true;
			}
			if (annotation instanceof RequestParam param) {
				if (param.required() || argument != null) {
					values.addRequestParameter(param.name().isEmpty() ? name : param.name(),
							Arguments.requireText(text(argument), name));
				}
				return true;
			}
			if (annotation instanceof Flag flag) {
				param(values, flag.name(), Boolean.TRUE.equals(argument) ? flag.value() : flag.otherwise());
				return true;
			}
			if (annotation instanceof RequestPart part) {
				if (argument instanceof String || argument == null) {
					if (part.required() || argument != null) {
						Arguments.requireText((String) argument, name);
					}
					return false;
				}
				multipart(argument, part.value().isEmpty() ? name : part.value(), values);
				return true;
			}
			if (annotation instanceof RequestBody) {
				if (argument instanceof byte[]) {
					return false;
				}
				body(Arguments.requireNonNull(argument, name), name, create, pagesOut(parameter), values);
				return true;
			}
		}
		query(Arguments.requireNonNull(argument, name), values);
		return true;
	}

	/** The argument as sent in a path or query: enums as their wire values. */
	@Nullable
	private String text(@Nullable Object argument) {
		return (argument == null || argument instanceof String) ? (String) argument
				: this.conversions.convert(argument, String.class);
	}

	/** The checks that depend on the kind of argument. */
	private static void check(@Nullable Object argument, String name, boolean create) {
		if (argument instanceof TrackedEvent event && !event.hasName()) {
			throw new IllegalArgumentException(name + ": a name is required (TrackedEvent.forUid(..).named(..))");
		}
		if (argument instanceof PropertyKind kind
				&& (kind == PropertyKind.UNKNOWN || (!create && kind == PropertyKind.EVENT))) {
			throw new IllegalArgumentException(name + " must be " + (create ? "PROFILE, COMPANY or EVENT" : "PROFILE or COMPANY")
					+ ", was " + kind);
		}
		if (argument instanceof EnvironmentChange change && create && !(change.toBody().get("name") instanceof String)) {
			throw new IllegalArgumentException(name + " must set the name");
		}
	}

	private static void query(Object argument, HttpRequestValues.Builder values) {
		if (argument instanceof PageRequest page) {
			page(page, values);
		}
		else if (argument instanceof ActivityQuery query) {
			param(values, "id", query.experienceId());
			page(query.page(), values);
			param(values, "order", query.order());
			param(values, "expand[profile]", (query.expandProfile() != null) ? query.expandProfile().wireValue() : null);
			param(values, "expand[company]", (query.expandCompany() != null) ? query.expandCompany().wireValue() : null);
		}
		else if (argument instanceof DeliveryQuery query) {
			param(values, "model_id", query.modelId());
			param(values, "profile_id", query.profileId());
			page(query.page(), values);
		}
		else if (argument instanceof ChangeQuery query) {
			page(query.page(), values);
			// one property is sent as filter=name, several as repeated filters[]=name (see ChangeQuery)
			String filter = (query.properties().size() == 1) ? "filter" : "filters[]";
			query.properties().forEach((property) -> param(values, filter, property));
			if (!values.getUriTemplate().contains("{")) {
				param(values, "model_kind", (query.modelKind() != null) ? query.modelKind().wireValue() : null);
				param(values, "model_id", query.modelId());
			}
		}
		else if (!(argument instanceof Lane)) {
			throw new IllegalStateException("No convention for an argument of " + argument.getClass());
		}
	}

	private static void page(@Nullable PageRequest page, HttpRequestValues.Builder values) {
		if (page != null) {
			param(values, "limit", page.limit());
			param(values, "before", page.before());
			param(values, "after", page.after());
		}
	}

	private static void param(HttpRequestValues.Builder values, String name, @Nullable Object value) {
		if (value != null && !"".equals(value)) {
			values.addRequestParameter(name, value.toString());
		}
	}

	@SuppressWarnings("unchecked")
	private static void body(Object argument, String name, boolean create, boolean paged,
			HttpRequestValues.Builder values) {
		Object[] started = new Object[1];
		values.configureAttributes(
				(attributes) -> started[0] = attributes.computeIfAbsent(BODY, (key) -> new LinkedHashMap<>()));
		Map<String, Object> body = (Map<String, Object>) started[0];
		values.setBodyValue(body);
		if (argument instanceof ChangeSet change) {
			// a Domain create sends its host (and enabled: on, its documented default), an Import may take the server's defaults
			boolean creates = body.containsKey("host") || (change instanceof ImportChange && create);
			if (change.isEmpty() && !creates) {
				throw new IllegalArgumentException(name + " must set at least one field");
			}
			if (change instanceof DomainChange domain && creates && !domain.hasEnabled()) {
				body.put("enabled", "on");
			}
			body.putAll(change.toBody());
		}
		else if (argument instanceof List<?> list) {
			if (list.isEmpty()
					|| list.stream().anyMatch((item) -> item == null || (item instanceof String id && id.isBlank()))) {
				throw new IllegalArgumentException(name + " must hold at least one item, none null or blank");
			}
			body.put(name, list.stream().map((item) -> (item instanceof TagUpdate update) ? update.toBody()
					: (item instanceof ExperienceRef ref) ? ref.toBody() : item).toList());
		}
		else if (argument instanceof Map<?, ?> || argument instanceof ProfileSearch || argument instanceof CompanyQuery
				|| argument instanceof WebhookSubscriptionRequest) {
			body.putAll((argument instanceof ProfileSearch search) ? search.toBody(paged)
					: (argument instanceof CompanyQuery query) ? query.toBody()
							: (argument instanceof WebhookSubscriptionRequest request) ? request.toBody()
									: (Map<String, Object>) argument);
		}
		else {
			body.put(name, (argument instanceof String value) ? Arguments.requireText(value, name) : argument);
		}
	}

	private static void multipart(@Nullable Object argument, String name, HttpRequestValues.Builder values) {
		if (argument instanceof ChangeSet change) {
			MultipartFields.addTo(change.toBody(), values::addRequestPart);
		}
		else if (argument instanceof List<?> files) {
			if (files.isEmpty() || files.stream().anyMatch((file) -> file == null)) {
				throw new IllegalArgumentException(name + " must hold at least one file and no null");
			}
			String part = (files.size() == 1) ? "file" : "files[]";
			files.forEach((file) -> values.addRequestPart(part, ((FileUpload) file).part(part)));
		}
		else {
			values.addRequestPart(name, Arguments.requireNonNull((FileUpload) argument, name).part(name));
		}
	}

	/** Whether the method returns a {@code Mono<Page<T>>}: a search sends its page then, a count does not. */
	private static boolean pagesOut(MethodParameter parameter) {
		return parameter.getMethod() != null && parameter.getMethod().getGenericReturnType() instanceof ParameterizedType mono
				&& mono.getActualTypeArguments()[0] instanceof ParameterizedType page && page.getRawType() == Page.class;
	}

	/** The wire values of the enums in paths and query parameters. */
	private static ConversionService conversions() {
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
		conversions.addConverter(ExperienceKind.class, String.class, ExperienceKind::collection);
		conversions.addConverter(TranslationFormat.class, String.class, TranslationFormat::extension);
		conversions.addConverter(PropertyKind.class, String.class, PropertyKind::wireValue);
		conversions.addConverter(WebhookKind.class, String.class, WebhookKind::wireValue);
		return conversions;
	}

}
