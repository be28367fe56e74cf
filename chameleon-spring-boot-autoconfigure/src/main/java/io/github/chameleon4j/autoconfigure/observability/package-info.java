/**
 * Auto-configuration of what observes the client: the {@code chameleon.call} observation, the
 * {@code chameleon.client.*} meters, the {@code chameleon} health contributor and Actuator endpoint,
 * and Resilience4j metrics binding. Each part backs off when its library is absent; none sends a
 * request to Chameleon.
 */
@NullMarked
package io.github.chameleon4j.autoconfigure.observability;

import org.jspecify.annotations.NullMarked;
