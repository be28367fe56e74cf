/**
 * JUnit 5 support: the emulator as an extension.
 */
@NullMarked
package io.github.chameleon4j.test.junit;

import org.jspecify.annotations.NullMarked;
