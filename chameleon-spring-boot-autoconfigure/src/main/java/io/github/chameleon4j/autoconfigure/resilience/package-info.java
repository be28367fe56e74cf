/**
 * Auto-configuration of the call policy: {@code chameleon.resilience.*} mapped onto
 * {@link io.github.chameleon4j.resilience.ChameleonResilience}, registered in the application's
 * Resilience4j registries when they exist.
 */
@NullMarked
package io.github.chameleon4j.autoconfigure.resilience;

import org.jspecify.annotations.NullMarked;
