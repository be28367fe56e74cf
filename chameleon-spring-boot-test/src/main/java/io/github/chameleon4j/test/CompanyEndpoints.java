package io.github.chameleon4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import io.github.chameleon4j.test.Records.Company;
import io.github.chameleon4j.test.Records.Profile;

/** Company lookup, list/search and delete with optional cascade (API §5.3). */
final class CompanyEndpoints {

	private static final Set<String> DETAIL = Set.of("all", "min");

	private final ApiContext ctx;

	CompanyEndpoints(ApiContext ctx) {
		this.ctx = ctx;
	}

	ApiResponse list(ApiRequest request) {
		String detail = ApiContext.choice(request.expand("company", "all"), "expand.company", DETAIL);
		Predicate<Company> selection = selection(ProfileFilter.asList(request.json().get("filters")));
		Pagination.Page<Company> page = Pagination.page(this.ctx.store.companies, selection, request, this.ctx.now());
		return ApiContext.ok(Pagination.body("companies", page, (company) -> this.ctx.views.company(company, detail),
				Company::id, this.ctx.paging.cursorStyle()));
	}

	/** Company search is documented only for {@code uid}/{@code id} matches; any property with eq/ne works here. */
	private Predicate<Company> selection(List<?> filters) {
		if (filters == null || filters.isEmpty()) {
			return (company) -> true;
		}
		List<Predicate<Company>> predicates = new ArrayList<>();
		for (Object filter : filters) {
			if (!(filter instanceof Map<?, ?> item) || item.get("prop") == null) {
				throw ApiError.unprocessable("company filters need 'prop', 'op' and 'value'");
			}
			String prop = item.get("prop").toString();
			String value = String.valueOf(item.get("value"));
			String op = String.valueOf(item.get("op"));
			if (!op.equals("eq") && !op.equals("ne")) {
				throw ApiError.unprocessable("company filters support the 'eq' and 'ne' operators");
			}
			Predicate<Company> equal = (company) -> value.equals(valueOf(company, prop));
			predicates.add(op.equals("eq") ? equal : equal.negate());
		}
		return (company) -> predicates.stream().allMatch((predicate) -> predicate.test(company));
	}

	private static String valueOf(Company company, String prop) {
		return switch (prop) {
			case "id" -> company.id();
			case "uid" -> company.uid();
			default -> Objects.toString(company.properties().get(prop), null);
		};
	}

	ApiResponse getById(String id) {
		return single(this.ctx.store.companies.get(id));
	}

	ApiResponse getByUid(ApiRequest request) {
		String uid = request.text("uid");
		if (uid == null) {
			throw ApiError.unprocessable("'uid' is required");
		}
		return single(this.ctx.store.companyByUid(uid));
	}

	private ApiResponse single(Company company) {
		if (company == null) {
			throw ApiError.notFound();
		}
		return ApiContext.ok("company", this.ctx.views.company(company, "all"));
	}

	ApiResponse delete(ApiRequest request, String pathId) {
		EmulatorStore store = this.ctx.store;
		String cascade = ApiContext.choice(request.text("cascade"), "cascade", Set.of("profiles"));
		synchronized (store) {
			Company company;
			if (pathId != null) {
				company = store.companies.get(pathId);
			}
			else {
				String uid = request.text("uid");
				if (uid == null) {
					throw ApiError.unprocessable("'uid' is required");
				}
				company = store.companyByUid(uid);
			}
			if (company == null) {
				throw ApiError.notFound();
			}
			store.companies.remove(company.id());
			store.companyIdByUid.remove(company.uid());
			List<Map<String, Object>> deletions = new ArrayList<>();
			for (Profile profile : List.copyOf(store.profiles.values())) {
				if (!company.id().equals(profile.companyId())) {
					continue;
				}
				if (cascade != null) {
					store.forget(profile);
					deletions.add(Views.idOnly(store.ids.next(this.ctx.now())));
				}
				else {
					store.index(profile.with(this.ctx.now(), null, profile.deliveryIds(), profile.written()));
				}
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("deletion", Views.idOnly(store.ids.next(this.ctx.now())));
			if (cascade != null) {
				body.put("deletions", deletions);
			}
			return ApiContext.ok(body);
		}
	}

}
