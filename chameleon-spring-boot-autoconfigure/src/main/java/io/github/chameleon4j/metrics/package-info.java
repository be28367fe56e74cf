/**
 * Micrometer meters of the client: responses per status and URI template (an exchange filter),
 * resilience events, and gauges of the policy's state. Plain Micrometer, no Spring Boot.
 */
package io.github.chameleon4j.metrics;
