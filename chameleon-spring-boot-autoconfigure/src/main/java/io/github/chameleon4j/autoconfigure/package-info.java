/**
 * Spring Boot auto-configuration of the Chameleon client: {@code chameleon.*} properties mapped onto
 * {@link io.github.chameleon4j.client.ChameleonOperationsBuilder}, the one {@code ChameleonOperations}
 * bean, customizers, failure analyzers and secret sanitizing. The only package that imports Boot.
 */
@NullMarked
package io.github.chameleon4j.autoconfigure;

import org.jspecify.annotations.NullMarked;
