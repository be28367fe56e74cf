package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.chameleon4j.test.Records.Delivery;
import io.github.chameleon4j.test.Records.Experience;
import io.github.chameleon4j.test.Records.Profile;

/** Deliveries with the documented rules (API §5.14): 404, 409 not live / triggered / at limit, 422, 200 vs 201. */
final class DeliveryEndpoints {

	/** The account-wide pending-Delivery cap; a request may only lower it. */
	static final int PENDING_LIMIT = 3;

	private final ApiContext ctx;

	DeliveryEndpoints(ApiContext ctx) {
		this.ctx = ctx;
	}

	ApiResponse list(ApiRequest request) {
		String modelId = request.text("model_id");
		String profileId = request.text("profile_id");
		Pagination.Page<Delivery> page = Pagination.page(this.ctx.store.deliveries,
				(delivery) -> (modelId == null || modelId.equals(delivery.modelId()))
						&& (profileId == null || profileId.equals(delivery.profileId())),
				request, this.ctx.now());
		return ApiContext.ok(Pagination.body("deliveries", page, this.ctx.views::delivery, Delivery::id,
				this.ctx.paging.deliveriesStyle()));
	}

	ApiResponse get(String id) {
		return ApiContext.ok("delivery", this.ctx.views.delivery(require(id)));
	}

	private Delivery require(String id) {
		Delivery delivery = this.ctx.store.deliveries.get(id);
		if (delivery == null) {
			throw ApiError.notFound();
		}
		return delivery;
	}

	/** The key of the per-profile concurrency pool: the target profile's ID when known, else the raw target. */
	String poolKey(ApiRequest request) {
		Map<String, Object> body = request.jsonOrEmpty();
		Object id = body.get("profile_id");
		if (id != null) {
			return id.toString();
		}
		Profile profile = (body.get("uid") != null) ? this.ctx.store.profileByUid(body.get("uid").toString())
				: (body.get("email") != null) ? this.ctx.store.profileByEmail(body.get("email").toString()) : null;
		return (profile != null) ? profile.id() : String.valueOf(body.get("uid")) + "|" + body.get("email");
	}

	ApiResponse create(ApiRequest request) {
		Instant now = this.ctx.now();
		String kind = request.text("model_kind");
		if (kind == null) {
			throw ApiError.unprocessable("'model_kind' is required");
		}
		ApiContext.choice(kind, "model_kind", Set.of("tour", "survey"));
		String modelId = request.text("model_id");
		if (modelId == null) {
			throw ApiError.unprocessable("'model_id' is required");
		}
		String profileId = request.text("profile_id");
		String uid = request.text("uid");
		String email = request.text("email");
		int targets = (profileId != null ? 1 : 0) + (uid != null ? 1 : 0) + (email != null ? 1 : 0);
		if (targets != 1) {
			throw ApiError.unprocessable("exactly one of 'profile_id', 'uid' or 'email' is required");
		}
		int limit = integer(request.param("delivery_ids_limit"), PENDING_LIMIT, "delivery_ids_limit");
		if (limit < 1 || limit > PENDING_LIMIT) {
			throw ApiError.unprocessable("'delivery_ids_limit' must be between 1 and " + PENDING_LIMIT);
		}
		Object position = request.param("delivery_ids_position");
		String atLimit = ApiContext.choice(request.text("delivery_ids_at_limit"), "delivery_ids_at_limit",
				Set.of("error", "drop"));
		Instant from = Timestamps.parse(request.param("from"), now, "from");
		Instant until = Timestamps.parse(request.param("until"), now, "until");
		checkWindow(from, until);
		EmulatorStore store = this.ctx.store;
		synchronized (store) {
			Experience experience = store.experience(kind, modelId);
			Profile profile = (profileId != null) ? store.profiles.get(profileId)
					: (uid != null) ? store.profileByUid(uid) : store.profileByEmail(email);
			if (experience == null || profile == null) {
				throw ApiError.notFound();
			}
			if (experience.publishedAt() == null) {
				throw ApiError.conflict("the Experience is not live: publish it first");
			}
			String key = request.text("idempotency_key");
			if (key != null) {
				for (Delivery existing : store.deliveries.values()) {
					if (key.equals(existing.idempotencyKey()) && existing.profileId().equals(profile.id())) {
						return ApiResponse.json(200, Views.wrap("delivery", this.ctx.views.delivery(existing)));
					}
				}
			}
			List<String> pending = new ArrayList<>(profile.deliveryIds());
			boolean drop = "drop".equals(atLimit);
			if (pending.size() >= limit && !drop) {
				throw ApiError.conflict("the profile already has the maximum number of pending Deliveries");
			}
			int index = position(position, pending.size());
			if (pending.size() >= limit && index == pending.size()) {
				throw ApiError.unprocessable("'delivery_ids_position' last cannot be combined with drop at the limit");
			}
			Delivery delivery = new Delivery(store.ids.next(now), now, now, kind, modelId, profile.id(), key,
					request.param("options"), from, until, flag(request, "use_segmentation", false),
					flag(request, "once", false), flag(request, "skip_triggers", true),
					flag(request, "skip_url_match", true), null);
			store.deliveries.put(delivery.id(), delivery);
			pending.add(index, delivery.id());
			while (pending.size() > limit) {
				store.deliveries.remove(pending.remove(pending.size() - 1));
			}
			store.index(profile.with(now, profile.companyId(), List.copyOf(pending), profile.written()));
			return ApiResponse.json(201, Views.wrap("delivery", this.ctx.views.delivery(delivery)));
		}
	}

	ApiResponse update(ApiRequest request, String id) {
		Map<String, Object> body = request.json();
		Instant now = this.ctx.now();
		synchronized (this.ctx.store) {
			Delivery d = requirePending(id);
			Instant from = body.containsKey("from") ? Timestamps.parse(body.get("from"), now, "from") : d.from();
			Instant until = body.containsKey("until") ? Timestamps.parse(body.get("until"), now, "until") : d.until();
			checkWindow(from, until);
			Delivery updated = new Delivery(d.id(), d.createdAt(), now, d.modelKind(), d.modelId(), d.profileId(),
					body.containsKey("idempotency_key") ? (String) body.get("idempotency_key") : d.idempotencyKey(),
					body.containsKey("options") ? body.get("options") : d.options(), from, until,
					flag(request, "use_segmentation", d.useSegmentation()), flag(request, "once", d.once()),
					flag(request, "skip_triggers", d.skipTriggers()), flag(request, "skip_url_match", d.skipUrlMatch()),
					null);
			this.ctx.store.deliveries.put(id, updated);
			return ApiContext.ok("delivery", this.ctx.views.delivery(updated));
		}
	}

	ApiResponse delete(String id) {
		EmulatorStore store = this.ctx.store;
		synchronized (store) {
			Delivery delivery = requirePending(id);
			store.deliveries.remove(id);
			detach(delivery, this.ctx.now());
			return ApiContext.ok("delivery", Views.idOnly(id));
		}
	}

	/** Marks a pending delivery as triggered now (the browser showed it); false when unknown or already triggered. */
	boolean trigger(String id) {
		EmulatorStore store = this.ctx.store;
		synchronized (store) {
			Delivery d = store.deliveries.get(id);
			if (d == null || !d.pending()) {
				return false;
			}
			Instant now = this.ctx.now();
			store.deliveries.put(id, new Delivery(d.id(), d.createdAt(), now, d.modelKind(), d.modelId(), d.profileId(),
					d.idempotencyKey(), d.options(), d.from(), d.until(), d.useSegmentation(), d.once(),
					d.skipTriggers(), d.skipUrlMatch(), now));
			detach(d, now);
			return true;
		}
	}

	private void detach(Delivery delivery, Instant now) {
		Profile profile = this.ctx.store.profiles.get(delivery.profileId());
		if (profile != null) {
			List<String> pending = new ArrayList<>(profile.deliveryIds());
			pending.remove(delivery.id());
			this.ctx.store.index(profile.with(now, profile.companyId(), List.copyOf(pending), profile.written()));
		}
	}

	private Delivery requirePending(String id) {
		Delivery delivery = require(id);
		if (!delivery.pending()) {
			throw ApiError.conflict("the Delivery was already triggered and can no longer be changed");
		}
		return delivery;
	}

	private static void checkWindow(Instant from, Instant until) {
		if (from != null && until != null && from.isAfter(until)) {
			throw ApiError.unprocessable("'from' must not be later than 'until'");
		}
	}

	private static int position(Object position, int size) {
		if (position == null || "first".equals(position)) {
			return 0;
		}
		if ("last".equals(position)) {
			return size;
		}
		int index = integer(position, 0, "delivery_ids_position");
		if (index < 0) {
			throw ApiError.unprocessable("'delivery_ids_position' must be first, last or an index");
		}
		return Math.min(index, size);
	}

	private static int integer(Object value, int defaultValue, String name) {
		if (value == null) {
			return defaultValue;
		}
		try {
			return (value instanceof Number number) ? number.intValue() : Integer.parseInt(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw ApiError.unprocessable("'" + name + "' must be an integer");
		}
	}

	private static boolean flag(ApiRequest request, String name, boolean defaultValue) {
		Object value = request.param(name);
		return (value != null) ? Boolean.parseBoolean(value.toString()) : defaultValue;
	}

}
