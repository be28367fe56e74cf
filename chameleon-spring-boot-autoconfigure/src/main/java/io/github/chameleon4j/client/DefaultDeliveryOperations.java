package io.github.chameleon4j.client;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Delivery;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.DeliveryUpdate;

final class DefaultDeliveryOperations implements DeliveryOperations {

	static final String CREATE_LANE_PREFIX = "deliveries.create:";

	private final ChameleonTransport transport;

	DefaultDeliveryOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Mono<Page<Delivery>> list(DeliveryQuery query) {
		Arguments.requireNonNull(query, "query");
		ApiRequest request = ApiRequest.get("/v3/edit/deliveries")
			.query("model_id", query.modelId())
			.query("profile_id", query.profileId())
			.page(query.page());
		return this.transport.exchange(request, Readers.page(Delivery.class, "deliveries"));
	}

	@Override
	public Flux<Delivery> listAll(DeliveryQuery query) {
		Arguments.requireNonNull(query, "query");
		PageRequest start = (query.page() != null) ? query.page() : PageRequest.first();
		return Paginator.byLastId(start, (page) -> list(query.page(page)), Delivery::id);
	}

	@Override
	public Mono<Delivery> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport
			.exchange(ApiRequest.get("/v3/edit/deliveries/{id}", id), Readers.single(Delivery.class, "delivery"))
			.onErrorResume(ChameleonNotFoundException.class,
					(notFound) -> this.transport
						.exchange(ApiRequest.get("/v3/edit/delivery/{id}", id),
								Readers.single(Delivery.class, "delivery"))
						.onErrorMap(ChameleonNotFoundException.class, (again) -> notFound));
	}

	@Override
	public Mono<DeliveryCreation> create(DeliveryRequest request) {
		Arguments.requireNonNull(request, "request");
		// The key is fixed per logical call (per subscription), then reused on every attempt.
		return Mono.defer(() -> {
			DeliveryRequest keyed = (request.idempotencyKey() != null) ? request
					: request.withIdempotencyKey(UUID.randomUUID().toString());
			ApiRequest post = ApiRequest.post("/v3/edit/deliveries")
				.body(keyed.toBody())
				.idempotent(true)
				.lane(CREATE_LANE_PREFIX + keyed.targetKey(), 1);
			return this.transport.exchange(post, (status, body, mapper) -> new DeliveryCreation(
					mapper.treeToValue(Readers.member(body, "delivery"), Delivery.class), status == 201));
		});
	}

	@Override
	public Mono<Delivery> update(String id, DeliveryUpdate update) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(update, "update");
		if (update.isEmpty()) {
			throw new IllegalArgumentException("update must change at least one field");
		}
		return this.transport.exchange(ApiRequest.patch("/v3/edit/deliveries/{id}", id).body(update.toBody()),
				Readers.single(Delivery.class, "delivery"));
	}

	@Override
	public Mono<Void> delete(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.delete("/v3/edit/deliveries/{id}", id), Readers.ignoreBody()).then();
	}

}
