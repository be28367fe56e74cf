package io.github.chameleon4j.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.chameleon4j.test.Records.Company;
import io.github.chameleon4j.test.Records.Profile;

/** The incoming data hooks (API §6): profile and company upserts, single and batch, and events. */
final class ObserveEndpoints {

	/** Batch request body limit (API §6.2). */
	static final int BATCH_LIMIT_BYTES = 16 * 1024 * 1024;

	private static final Set<String> RESERVED = Set.of("id", "uid", "company_id", "company_uid", "account_secret");

	private final ApiContext ctx;

	ObserveEndpoints(ApiContext ctx) {
		this.ctx = ctx;
	}

	ApiResponse profile(ApiRequest request) {
		Profile profile = upsertProfile(request.json(), true);
		return ApiContext.ok("profile", Views.idOnly(profile.id()));
	}

	ApiResponse company(ApiRequest request) {
		Company company = upsertCompany(request.json(), true);
		return ApiContext.ok("company", Views.idOnly(company.id()));
	}

	ApiResponse profileBatch(ApiRequest request) {
		return batch(request, "profiles", (item, create) -> upsertProfile(item, create));
	}

	ApiResponse companyBatch(ApiRequest request) {
		return batch(request, "companies", (item, create) -> upsertCompany(item, create));
	}

	private interface Upsert {

		void apply(Map<String, Object> item, boolean createMissing);

	}

	private ApiResponse batch(ApiRequest request, String key, Upsert upsert) {
		if (tooLarge(request.body())) {
			return ApiResponse.error(413, ApiResponse.TOO_LARGE);
		}
		Object items = request.json().get(key);
		if (!(items instanceof List<?> list)) {
			throw ApiError.unprocessable("'" + key + "' must be an array");
		}
		String onMissing = ApiContext.choice(request.text("on_model_missing"), "on_model_missing",
				Set.of("create", "ignore"));
		boolean create = !"ignore".equals(onMissing);
		List<Map<String, Object>> errors = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			try {
				if (!(list.get(i) instanceof Map<?, ?> item)) {
					throw ApiError.unprocessable("item is not an object");
				}
				@SuppressWarnings("unchecked")
				Map<String, Object> typed = (Map<String, Object>) item;
				upsert.apply(typed, create);
			}
			catch (ApiError ex) {
				Map<String, Object> error = new LinkedHashMap<>();
				error.put("code", ex.status());
				error.put("index", i);
				error.put("message", (ex.status() == 422) ? "No identifier found for item " + i + ": " + ex.detail()
						: ApiResponse.standardMessage(ex.status()));
				errors.add(error);
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("batch", Views.idOnly(this.ctx.store.ids.next(this.ctx.now())));
		if (!errors.isEmpty()) {
			body.put("errors", errors);
		}
		return ApiResponse.json(202, body);
	}

	private static boolean tooLarge(String body) {
		if (body.length() > BATCH_LIMIT_BYTES) {
			return true;
		}
		// a char is at most 3 UTF-8 bytes here, so only near the limit is counting worth it
		return body.length() * 3L > BATCH_LIMIT_BYTES && body.getBytes(StandardCharsets.UTF_8).length > BATCH_LIMIT_BYTES;
	}

	ApiResponse event(ApiRequest request) {
		Map<String, Object> body = request.json();
		Object name = body.get("name");
		if (name == null || name.toString().isBlank()) {
			throw ApiError.unprocessable("'name' is required");
		}
		if (body.get("uid") == null && body.get("id") == null) {
			throw ApiError.unprocessable("one of 'uid' or 'id' is required");
		}
		Map<String, Object> identity = new HashMap<>();
		identity.put("uid", body.get("uid"));
		identity.put("id", body.get("id"));
		Profile profile = upsertProfile(identity, true);
		Map<String, Object> properties = new LinkedHashMap<>(body);
		properties.keySet().removeAll(Set.of("name", "uid", "id", "account_secret"));
		Instant now = this.ctx.now();
		TrackedEvent event = new TrackedEvent(this.ctx.store.ids.next(now), now, profile.id(),
				CustomData.normalizeName(name.toString()), CustomData.normalize(properties));
		this.ctx.store.events.add(event);
		return ApiContext.ok("event", Views.idOnly(event.id()));
	}

	/** Creates or updates a profile by {@code id}, {@code uid} or {@code email}; null when ignored as missing. */
	Profile upsertProfile(Map<String, Object> item, boolean createMissing) {
		String id = identifier(item.get("id"));
		String uid = identifier(item.get("uid"));
		String email = identifier(item.get("email"));
		if (id == null && uid == null && email == null) {
			throw ApiError.unprocessable("one of 'uid', 'email' or 'id' is required");
		}
		Instant now = this.ctx.now();
		EmulatorStore store = this.ctx.store;
		synchronized (store) {
			Profile profile = (id != null) ? store.profiles.get(id)
					: (uid != null) ? store.profileByUid(uid) : store.profileByEmail(email);
			if (profile == null && id != null) {
				throw ApiError.notFound();
			}
			if (profile == null) {
				if (!createMissing) {
					return null;
				}
				Map<String, Object> initial = new HashMap<>();
				initial.put("percent", this.ctx.nextPercent());
				profile = new Profile(store.ids.next(now), now, uid, initial);
			}
			String companyId = profile.companyId();
			String companyUid = text(item.get("company_uid"));
			if (companyUid != null) {
				Map<String, Object> companyItem = new HashMap<>();
				companyItem.put("uid", companyUid);
				companyId = upsertCompany(companyItem, true).id();
			}
			else if (item.get("company_id") != null && store.companies.containsKey(text(item.get("company_id")))) {
				companyId = text(item.get("company_id"));
			}
			Map<String, Object> properties = new HashMap<>(profile.written());
			Map<String, Object> incoming = new LinkedHashMap<>(item);
			incoming.keySet().removeAll(RESERVED);
			properties.putAll(CustomData.normalize(incoming));
			Profile updated = profile.with(now, companyId, profile.deliveryIds(), properties);
			store.index(updated);
			return updated;
		}
	}

	/** Creates or updates a company by {@code id} or {@code uid}; null when ignored as missing. */
	Company upsertCompany(Map<String, Object> item, boolean createMissing) {
		String id = identifier(item.get("id"));
		String uid = identifier(item.get("uid"));
		if (id == null && uid == null) {
			throw ApiError.unprocessable("one of 'uid' or 'id' is required");
		}
		Instant now = this.ctx.now();
		EmulatorStore store = this.ctx.store;
		synchronized (store) {
			Company company = (id != null) ? store.companies.get(id) : store.companyByUid(uid);
			if (company == null && id != null) {
				throw ApiError.notFound();
			}
			if (company == null) {
				if (!createMissing) {
					return null;
				}
				company = new Company(store.ids.next(now), now, uid, Map.of());
			}
			Map<String, Object> properties = new HashMap<>(company.properties());
			Map<String, Object> incoming = new LinkedHashMap<>(item);
			incoming.keySet().removeAll(RESERVED);
			properties.putAll(CustomData.normalize(incoming));
			Company updated = new Company(company.id(), company.createdAt(), company.uid(), properties);
			store.companies.put(updated.id(), updated);
			store.companyIdByUid.put(updated.uid(), updated.id());
			return updated;
		}
	}

	/** An identifier's value; null, blank and non-scalar values identify nothing (a per-item 422 in a batch). */
	private static String identifier(Object value) {
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			return null;
		}
		String text = text(value);
		return (text == null || text.isBlank()) ? null : text;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
