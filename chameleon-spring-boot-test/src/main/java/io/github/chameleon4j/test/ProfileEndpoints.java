package io.github.chameleon4j.test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.github.chameleon4j.test.Records.Profile;
import io.github.chameleon4j.test.Records.Segment;

/** Profile lookup, search, count, clear and forget (API §5.1, §5.2). */
final class ProfileEndpoints {

	private static final Set<String> PROFILE_DETAIL = Set.of("all", "min");

	private static final Set<String> COMPANY_DETAIL = Set.of("all", "min", "skip");

	private static final List<String> CLEARED = List.of("browser_x", "browser_tz", "browser_l", "browser_n",
			"browser_k", "last_seen_at", "last_seen_session_count");

	private final ApiContext ctx;

	ProfileEndpoints(ApiContext ctx) {
		this.ctx = ctx;
	}

	ApiResponse search(ApiRequest request) {
		String detail = ApiContext.choice(request.expand("profile", "all"), "expand.profile", PROFILE_DETAIL);
		String companyDetail = ApiContext.choice(request.expand("company", "min"), "expand.company", COMPANY_DETAIL);
		Predicate<Profile> selection = selection(request);
		Pagination.Page<Profile> page = Pagination.page(this.ctx.store.profiles,
				(selection != null) ? selection : (profile) -> true, request, this.ctx.now());
		return ApiContext.ok(Pagination.body("profiles", page,
				(profile) -> this.ctx.views.profile(profile, detail, companyDetail), Profile::id,
				this.ctx.paging.profileSearchStyle()));
	}

	ApiResponse count(ApiRequest request) {
		Predicate<Profile> selection = selection(request);
		long count = (selection == null) ? this.ctx.store.profiles.size()
				: this.ctx.store.profiles.values().stream().filter(selection).count();
		return ApiContext.ok("count", count);
	}

	/** The search selection; {@code null} for "every profile" so that count can answer without a scan. */
	private Predicate<Profile> selection(ApiRequest request) {
		String segmentId = request.text("segment_id");
		Object rawFilters = request.param("filters");
		if (rawFilters instanceof String text && !text.isBlank()) {
			rawFilters = Json.readObject("{\"f\":" + text + "}").get("f");
		}
		List<?> filters = ProfileFilter.asList(rawFilters);
		String op = request.text("filters_op");
		this.ctx.filter.validate(filters, op);
		Segment segment = null;
		if (segmentId != null) {
			segment = this.ctx.store.segments.get(segmentId);
			if (segment == null) {
				throw ApiError.notFound();
			}
		}
		if (segment == null && (filters == null || filters.isEmpty())) {
			return null;
		}
		Segment chosen = segment;
		return (profile) -> (chosen == null || this.ctx.filter.matchesSegment(profile, chosen))
				&& this.ctx.filter.matches(profile, filters, op);
	}

	ApiResponse getById(ApiRequest request, String id) {
		return single(request, this.ctx.store.profiles.get(id));
	}

	ApiResponse lookup(ApiRequest request) {
		return single(request, find(request, null));
	}

	private ApiResponse single(ApiRequest request, Profile profile) {
		if (profile == null) {
			throw ApiError.notFound();
		}
		String companyDetail = ApiContext.choice(request.expand("company", "min"), "expand.company", COMPANY_DETAIL);
		return ApiContext.ok("profile", this.ctx.views.profile(profile, "all", companyDetail));
	}

	/** Finds the profile named by the path ID or by one of {@code id}, {@code uid}, {@code email}: 422 / 404. */
	private Profile find(ApiRequest request, String pathId) {
		String id = (pathId != null) ? pathId : request.text("id");
		String uid = request.text("uid");
		String email = request.text("email");
		if (id == null && uid == null && email == null) {
			throw ApiError.unprocessable("one of 'id', 'uid' or 'email' is required");
		}
		Profile profile = (id != null) ? this.ctx.store.profiles.get(id)
				: (uid != null) ? this.ctx.store.profileByUid(uid) : this.ctx.store.profileByEmail(email);
		if (profile == null) {
			throw ApiError.notFound();
		}
		return profile;
	}

	ApiResponse clear(ApiRequest request, String pathId) {
		EmulatorStore store = this.ctx.store;
		synchronized (store) {
			Profile profile = find(request, pathId);
			Map<String, Object> props = new HashMap<>(profile.written());
			CLEARED.forEach((key) -> props.put(key, null));
			props.put("percent", this.ctx.nextPercent());
			props.put("last_cleared_at", Timestamps.format(this.ctx.now()));
			Profile cleared = profile.with(this.ctx.now(), profile.companyId(), profile.deliveryIds(), props);
			store.index(cleared);
			store.responses.values().removeIf((response) -> response.profileId().equals(profile.id()));
			return ApiContext.ok("profile", this.ctx.views.profile(cleared, "all", "min"));
		}
	}

	ApiResponse forget(ApiRequest request, String pathId) {
		EmulatorStore store = this.ctx.store;
		synchronized (store) {
			Profile profile = find(request, pathId);
			store.forget(profile);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("profile", Views.idOnly(profile.id()));
			body.put("deletion", Views.idOnly(store.ids.next(this.ctx.now())));
			return ApiContext.ok(body);
		}
	}

}
