package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PatchExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Delivery;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.DeliveryUpdate;
import io.github.chameleon4j.model.DeliveryQuery;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.DeliveryCreation;

/**
 * Deliveries: queue an Experience for one user, and manage pending ones.
 * <p>
 * Creates for the same profile run one at a time (Chameleon allows one in flight per profile);
 * creates for different profiles run in parallel. Every create carries an
 * {@code idempotency_key} (generated per logical call unless the request has one), so a create
 * that is retried after a timeout or a 5xx never queues the Experience twice.
 */
public interface DeliveryOperations {

	/**
	 * One page ({@code GET /v3/edit/deliveries}). The documented response has no cursor; the
	 * client pages on with the last item's ID.
	 * @param query filters and page
	 * @return the page
	 */
	@GetExchange("/v3/edit/deliveries") @Envelope("deliveries")
	Mono<Page<Delivery>> list(DeliveryQuery query);

	/**
	 * Every matching Delivery.
	 * @param query filters
	 * @return the Deliveries, newest first
	 */
	default Flux<Delivery> listAll(DeliveryQuery query) {
		Arguments.requireNonNull(query, "query");
		PageRequest start = (query.page() != null) ? query.page() : PageRequest.first();
		return Paginator.byLastId(start, (page) -> list(query.page(page)));
	}

	/**
	 * {@code GET /v3/edit/deliveries/:id}; on 404 the singular path the API overview shows
	 * ({@code /v3/edit/delivery/:id}) is tried once before giving up.
	 * @param id the Delivery ID
	 * @return the Delivery
	 */
	Mono<Delivery> get(String id);

	/**
	 * {@code POST /v3/edit/deliveries}.
	 * @param request the validated request
	 * @return the Delivery and whether it was newly created
	 */
	Mono<DeliveryCreation> create(DeliveryRequest request);

	/**
	 * {@code PATCH /v3/edit/deliveries/:id} (pending Deliveries only; 409 otherwise).
	 * @param id the Delivery ID
	 * @param update the change
	 * @return the updated Delivery
	 */
	@PatchExchange("/v3/edit/deliveries/{id}") @Envelope("delivery")
	Mono<Delivery> update(@PathVariable String id, @RequestBody DeliveryUpdate update);

	/**
	 * {@code DELETE /v3/edit/deliveries/:id} (pending Deliveries only; 409 otherwise). The
	 * response body is not documented and is ignored.
	 * @param id the Delivery ID
	 * @return completion
	 */
	@DeleteExchange("/v3/edit/deliveries/{id}")
	Mono<Void> delete(@PathVariable String id);

}
