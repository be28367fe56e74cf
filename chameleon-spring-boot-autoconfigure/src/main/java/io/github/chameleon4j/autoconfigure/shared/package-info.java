/**
 * Auto-configuration of the replicas' shared coordination on Redis ({@code chameleon.resilience.shared.*}).
 */
@NullMarked
package io.github.chameleon4j.autoconfigure.shared;

import org.jspecify.annotations.NullMarked;
