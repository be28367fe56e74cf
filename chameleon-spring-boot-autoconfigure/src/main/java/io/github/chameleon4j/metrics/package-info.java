/**
 * Micrometer instrumentation of the client: the {@code chameleon.call} observation of every logical
 * call ({@link io.github.chameleon4j.metrics.ObservedCallPolicy}, with its convention and context),
 * responses per status and URI template (an exchange filter), resilience events, and gauges of the
 * policy's state. Plain Micrometer, no Spring Boot.
 */
@NullMarked
package io.github.chameleon4j.metrics;

import org.jspecify.annotations.NullMarked;
