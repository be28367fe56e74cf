/**
 * Spring test support: the emulator for Spring Boot tests and test slices.
 */
@NullMarked
package io.github.chameleon4j.test.spring;

import org.jspecify.annotations.NullMarked;
