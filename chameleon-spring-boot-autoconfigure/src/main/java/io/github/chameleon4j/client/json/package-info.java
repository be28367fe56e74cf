/**
 * The JSON wire codec of the client and of incoming webhooks: Chameleon's naming, leniency and
 * timestamp forms, on a mapper the client keeps to itself.
 */
@NullMarked
package io.github.chameleon4j.client.json;

import org.jspecify.annotations.NullMarked;
