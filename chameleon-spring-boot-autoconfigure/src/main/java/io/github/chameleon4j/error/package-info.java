/**
 * Typed, unchecked exceptions for every failure ({@link io.github.chameleon4j.error.ChameleonException}
 * and a subclass per status or kind), the error filter that turns non-2xx responses into them, and the
 * parsing of error envelopes and 429 wait hints.
 */
@NullMarked
package io.github.chameleon4j.error;

import org.jspecify.annotations.NullMarked;
