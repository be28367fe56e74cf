package io.github.chameleon4j.client;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Delivery;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.DeliveryUpdate;
import io.github.chameleon4j.resilience.Lane;

/** Deliveries: the HTTP declarations behind {@link DeliveryOperations}. */
@HttpExchange("/v3/edit")
interface DeliveryApi extends DeliveryOperations {

	/** Creates for one user profile run one at a time: one lane per profile, named after this and the target. */
	String CREATE_LANE_PREFIX = "deliveries.create:";

	@Override
	@GetExchange("/deliveries") @Envelope("deliveries")
	Mono<Page<Delivery>> list(DeliveryQuery query);

	@Override
	default Flux<Delivery> listAll(DeliveryQuery query) {
		Arguments.requireNonNull(query, "query");
		PageRequest start = (query.page() != null) ? query.page() : PageRequest.first();
		return Paginator.byLastId(start, (page) -> list(query.page(page)), Delivery::id);
	}

	/** The plural path first; on 404, once, the singular path the API overview shows. */
	@Override
	default Mono<Delivery> get(String id) {
		return show(id).onErrorResume(ChameleonNotFoundException.class,
				(notFound) -> showSingular(id).onErrorMap(ChameleonNotFoundException.class, (again) -> notFound));
	}

	@GetExchange("/deliveries/{id}") @Envelope("delivery")
	Mono<Delivery> show(@PathVariable String id);

	@GetExchange("/delivery/{id}") @Envelope("delivery")
	Mono<Delivery> showSingular(@PathVariable String id);

	/**
	 * Every create carries an {@code idempotency_key}, fixed per logical call (per subscription) and
	 * reused on every attempt, so a create is safe to repeat; creates for one profile share a lane.
	 */
	@Override
	default Mono<DeliveryCreation> create(DeliveryRequest request) {
		Arguments.requireNonNull(request, "request");
		return Mono.defer(() -> {
			DeliveryRequest keyed = (request.idempotencyKey() != null) ? request
					: request.withIdempotencyKey(UUID.randomUUID().toString());
			return create(keyed.toBody(), Lane.exclusive(CREATE_LANE_PREFIX + keyed.targetKey()));
		}).map((created) -> new DeliveryCreation(created.getBody(), created.getStatusCode().value() == 201));
	}

	@PostExchange("/deliveries") @SafeToRepeat @Envelope("delivery")
	Mono<ResponseEntity<Delivery>> create(@RequestBody Map<String, Object> body, Lane lane);

	@Override
	default Mono<Delivery> update(String id, DeliveryUpdate update) {
		return update(id, RequestArguments.changes(update, "update"));
	}

	@PatchExchange("/deliveries/{id}") @Envelope("delivery")
	Mono<Delivery> update(@PathVariable String id, @RequestBody Map<String, Object> body);

	/** The response body is not documented and is ignored. */
	@Override
	@DeleteExchange("/deliveries/{id}")
	Mono<Void> delete(@PathVariable String id);

}
