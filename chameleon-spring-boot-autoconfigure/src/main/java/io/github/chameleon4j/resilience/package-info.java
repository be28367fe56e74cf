/**
 * The call policy wrapped around every call: {@link io.github.chameleon4j.resilience.CallPolicy},
 * implemented by {@link io.github.chameleon4j.resilience.ChameleonResilience} (deadline, retry, circuit
 * breaker, pacing and the shared 429 cool-down, concurrency lanes).
 */
package io.github.chameleon4j.resilience;
