/**
 * The typed application events of verified webhooks: one class per topic family (subclasses of
 * {@link io.github.chameleon4j.webhook.event.ChameleonWebhookEvent}), unknown topics included.
 */
@NullMarked
package io.github.chameleon4j.webhook.event;

import org.jspecify.annotations.NullMarked;
