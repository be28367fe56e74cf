/**
 * The in-process Chameleon API emulator users test against.
 */
@NullMarked
package io.github.chameleon4j.test;

import org.jspecify.annotations.NullMarked;
