package io.github.chameleon4j.model;


/**
 * The outcome of a Delivery create.
 *
 * @param delivery the Delivery
 * @param created {@code true} for 201 (new); {@code false} for 200 (the idempotency key had
 * already been used and the existing Delivery was returned)
 */
public record DeliveryCreation(Delivery delivery, boolean created) {
}
