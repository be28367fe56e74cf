package io.github.chameleon4j.client.blocking;

import java.util.stream.Stream;

import io.github.chameleon4j.model.DeliveryCreation;
import io.github.chameleon4j.client.DeliveryOperations;
import io.github.chameleon4j.model.DeliveryQuery;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.Delivery;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.DeliveryUpdate;

/**
 * Deliveries, blocking: {@link DeliveryOperations} with plain results.
 */
public interface BlockingDeliveryOperations {

	/** {@link DeliveryOperations#list}. @param query the criteria @return one page */
	Page<Delivery> list(DeliveryQuery query);

	/**
	 * {@link DeliveryOperations#listAll}.
	 * @param query the criteria
	 * @return the deliveries, fetched page by page as the stream is read (close it to stop early)
	 */
	Stream<Delivery> listAll(DeliveryQuery query);

	/** {@link DeliveryOperations#get}. @param id the Delivery ID @return the delivery */
	Delivery get(String id);

	/**
	 * {@link DeliveryOperations#create}.
	 * @param request the delivery
	 * @return the delivery and whether it was created now
	 */
	DeliveryCreation create(DeliveryRequest request);

	/**
	 * {@link DeliveryOperations#update}.
	 * @param id the Delivery ID
	 * @param update the changes
	 * @return the updated delivery
	 */
	Delivery update(String id, DeliveryUpdate update);

	/** {@link DeliveryOperations#delete}. @param id the Delivery ID */
	void delete(String id);

}
