package io.github.chameleon4j.client;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Delivery;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.resilience.Lane;
import io.github.chameleon4j.model.DeliveryCreation;

/** The two irregular Delivery endpoints: the lookup with its fallback path, and the create. */
interface DeliveryApi extends DeliveryOperations {

	/** The plural path first; on 404, once, the singular path the API overview shows. */
	@Override
	default Mono<Delivery> get(String id) {
		return show(id).onErrorResume(ChameleonNotFoundException.class,
				(notFound) -> showSingular(id).onErrorMap(ChameleonNotFoundException.class, (again) -> notFound));
	}

	@GetExchange("/v3/edit/deliveries/{id}") @Envelope("delivery")
	Mono<Delivery> show(@PathVariable String id);

	@GetExchange("/v3/edit/delivery/{id}") @Envelope("delivery")
	Mono<Delivery> showSingular(@PathVariable String id);

	/**
	 * Every create carries an {@code idempotency_key}, fixed per logical call (per subscription) and
	 * reused on every attempt, so it is safe to repeat; creates for one user profile run one at a time.
	 */
	@Override
	default Mono<DeliveryCreation> create(DeliveryRequest request) {
		Arguments.requireNonNull(request, "request");
		return Mono.defer(() -> {
			DeliveryRequest keyed = (request.idempotencyKey() != null) ? request
					: request.withIdempotencyKey(UUID.randomUUID().toString());
			return create(keyed.toBody(), Lane.exclusive("deliveries.create:" + keyed.targetKey()));
		}).map((created) -> new DeliveryCreation(created.getBody(), created.getStatusCode().value() == 201));
	}

	@PostExchange("/v3/edit/deliveries") @SafeToRepeat @Envelope("delivery")
	Mono<ResponseEntity<Delivery>> create(@RequestBody Map<String, Object> body, Lane lane);

}
