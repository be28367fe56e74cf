/**
 * Typed, unchecked exceptions for every failure ({@link io.github.chameleon4j.error.ChameleonException}
 * and a subclass per status or kind), the error filter that turns non-2xx responses into them, and the
 * parsing of error envelopes and 429 wait hints.
 */
package io.github.chameleon4j.error;
