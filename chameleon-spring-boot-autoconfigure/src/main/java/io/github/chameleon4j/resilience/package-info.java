/**
 * The client's resilience policy. {@link io.github.chameleon4j.resilience.CallPolicy} is the
 * contract the client calls; {@link io.github.chameleon4j.resilience.ChameleonResilience} (built by
 * {@link io.github.chameleon4j.resilience.ChameleonResilienceBuilder}) implements it as small Reactor
 * operators composed around each call, outermost first: deadline, retry (Resilience4j
 * {@code Retry}), circuit breaker (Resilience4j {@code CircuitBreaker}), cool-down gate and global
 * pace, concurrency permits, attempt. Beside them: the shared state those operators act on
 * ({@code CooldownGate}, the global pace, the concurrency permits and their
 * {@link io.github.chameleon4j.resilience.Lane lanes}), the
 * {@link io.github.chameleon4j.resilience.ResilienceState read-only view} of it for health, the
 * Actuator endpoint and gauges, and the {@link io.github.chameleon4j.resilience.ResilienceListener
 * listener} contract for metrics.
 */
@NullMarked
package io.github.chameleon4j.resilience;

import org.jspecify.annotations.NullMarked;
