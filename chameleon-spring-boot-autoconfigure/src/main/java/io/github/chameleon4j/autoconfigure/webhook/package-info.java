/**
 * Auto-configuration of the incoming-webhook endpoint ({@code chameleon.webhooks.*}) for Spring MVC
 * or WebFlux, publishing verified messages as application events.
 */
@NullMarked
package io.github.chameleon4j.autoconfigure.webhook;

import org.jspecify.annotations.NullMarked;
