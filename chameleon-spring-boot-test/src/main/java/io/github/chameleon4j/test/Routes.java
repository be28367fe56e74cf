package io.github.chameleon4j.test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps method and path to a handler and, where the real API limits concurrency, to a {@link ConcurrencyGroup}.
 * Paths are matched on their segments; a hook path may carry the account secret as its fourth segment.
 */
final class Routes {

	record Route(ConcurrencyGroup group, Function<ApiRequest, String> poolKey, Function<ApiRequest, ApiResponse> handler) {

		static Route of(Function<ApiRequest, ApiResponse> handler) {
			return new Route(null, null, handler);
		}

	}

	private final ApiContext ctx;

	private final ProfileEndpoints profiles;

	private final CompanyEndpoints companies;

	private final ExperienceEndpoints experiences;

	private final DeliveryEndpoints deliveries;

	private final ObserveEndpoints observe;

	Routes(ApiContext ctx) {
		this.ctx = ctx;
		this.profiles = new ProfileEndpoints(ctx);
		this.companies = new CompanyEndpoints(ctx);
		this.experiences = new ExperienceEndpoints(ctx);
		this.deliveries = new DeliveryEndpoints(ctx);
		this.observe = new ObserveEndpoints(ctx);
	}

	ApiContext context() {
		return this.ctx;
	}

	DeliveryEndpoints deliveries() {
		return this.deliveries;
	}

	ObserveEndpoints observe() {
		return this.observe;
	}

	/** The hook path segments after {@code hooks}, without an embedded secret; null when not a hook path. */
	static List<String> hookResource(List<String> s) {
		if (s.size() < 4 || !s.get(0).equals("v3") || !s.get(1).equals("observe") || !s.get(2).equals("hooks")) {
			return null;
		}
		List<String> rest = s.subList(3, s.size());
		return hasEmbeddedSecret(s) ? rest.subList(1, rest.size()) : rest;
	}

	static boolean hasEmbeddedSecret(List<String> s) {
		if (s.size() < 5 || !s.get(2).equals("hooks")) {
			return false;
		}
		return s.size() == 6 || !(s.get(3).equals("profiles") || s.get(3).equals("companies"));
	}

	/** The route for this request, or null (the caller answers 404). */
	Route route(ApiRequest request) {
		String method = request.method();
		List<String> s = request.segments();
		boolean read = method.equals("GET") || method.equals("POST");
		if (s.isEmpty()) {
			return read ? Route.of((r) -> ApiContext.ok(Map.of("account", Views.idOnly(this.ctx.store.accountId),
					"user", Views.idOnly(this.ctx.store.userId)))) : null;
		}
		if (s.size() < 3 || !s.get(0).equals("v3")) {
			return null;
		}
		return switch (s.get(1)) {
			case "analyze" -> read ? analyze(s) : null;
			case "edit" -> edit(method, s);
			case "observe" -> method.equals("POST") ? observe(hookResource(s)) : null;
			default -> null;
		};
	}

	private Route analyze(List<String> s) {
		String resource = s.get(2);
		String id = (s.size() > 3) ? s.get(3) : null;
		if (s.size() > 4) {
			return null;
		}
		switch (resource) {
			case "profiles":
				if (id == null) {
					return new Route(ConcurrencyGroup.PROFILE_SEARCH, null, this.profiles::search);
				}
				if (id.equals("count")) {
					return new Route(ConcurrencyGroup.PROFILE_COUNT, null, this.profiles::count);
				}
				return Route.of((r) -> this.profiles.getById(r, id));
			case "profile":
				return (id == null) ? Route.of(this.profiles::lookup) : null;
			case "companies":
				return (id == null) ? new Route(ConcurrencyGroup.COMPANY_LIST, null, this.companies::list)
						: Route.of((r) -> this.companies.getById(id));
			case "company":
				return (id == null) ? Route.of(this.companies::getByUid) : null;
			case "interactions":
				return (id == null) ? Route.of(this.experiences::interactions) : null;
			case "responses":
				return (id == null) ? Route.of(this.experiences::responses) : null;
			default:
				return null;
		}
	}

	private Route edit(String method, List<String> s) {
		String resource = s.get(2);
		String id = (s.size() > 3) ? s.get(3) : null;
		String sub = (s.size() > 4) ? s.get(4) : null;
		if (s.size() > 5) {
			return null;
		}
		boolean get = method.equals("GET");
		boolean delete = method.equals("DELETE");
		boolean patch = method.equals("PATCH");
		switch (resource) {
			case "profiles":
				if (!delete) {
					return null;
				}
				if (id == null) {
					return Route.of((r) -> this.profiles.clear(r, null));
				}
				if (id.equals("forget") && sub == null) {
					return Route.of((r) -> this.profiles.forget(r, null));
				}
				if (sub == null) {
					return Route.of((r) -> this.profiles.clear(r, id));
				}
				return sub.equals("forget") ? Route.of((r) -> this.profiles.forget(r, id)) : null;
			case "companies":
				return (delete && id != null && sub == null) ? Route.of((r) -> this.companies.delete(r, id)) : null;
			case "company":
				return (delete && id == null) ? Route.of((r) -> this.companies.delete(r, null)) : null;
			case "segments":
				if (!get) {
					return null;
				}
				if (id == null) {
					return Route.of(this.experiences::segments);
				}
				return (sub == null) ? Route.of((r) -> this.experiences.segment(id))
						: Route.of((r) -> this.experiences.segmentExperiences(r, id, sub));
			case "tours", "surveys":
				return experience(resource.substring(0, resource.length() - 1), id, sub, get, patch);
			case "responses":
				return (delete && id != null && sub == null) ? Route.of((r) -> this.experiences.deleteResponse(id))
						: null;
			case "deliveries", "delivery":
				return delivery(method, id, sub);
			default:
				return null;
		}
	}

	private Route experience(String kind, String id, String sub, boolean get, boolean patch) {
		if (sub != null) {
			return null;
		}
		if (id == null) {
			return get ? Route.of((r) -> this.experiences.experiences(r, kind)) : null;
		}
		if (get) {
			return Route.of((r) -> this.experiences.experience(kind, id));
		}
		return patch ? Route.of((r) -> this.experiences.update(r, kind, id)) : null;
	}

	private Route delivery(String method, String id, String sub) {
		if (sub != null) {
			return null;
		}
		if (id == null) {
			return switch (method) {
				case "GET" -> Route.of(this.deliveries::list);
				case "POST" -> new Route(ConcurrencyGroup.DELIVERY_CREATE, this.deliveries::poolKey,
						this.deliveries::create);
				default -> null;
			};
		}
		return switch (method) {
			case "GET" -> Route.of((r) -> this.deliveries.get(id));
			case "PATCH" -> Route.of((r) -> this.deliveries.update(r, id));
			case "DELETE" -> Route.of((r) -> this.deliveries.delete(id));
			default -> null;
		};
	}

	private Route observe(List<String> resource) {
		if (resource == null || resource.isEmpty() || resource.size() > 2) {
			return null;
		}
		boolean batch = resource.size() == 2;
		if (batch && !resource.get(1).equals("batch")) {
			return null;
		}
		return switch (resource.get(0)) {
			case "profiles" -> Route.of(batch ? this.observe::profileBatch : this.observe::profile);
			case "companies" -> Route.of(batch ? this.observe::companyBatch : this.observe::company);
			case "events" -> batch ? null : Route.of(this.observe::event);
			default -> null;
		};
	}

}
