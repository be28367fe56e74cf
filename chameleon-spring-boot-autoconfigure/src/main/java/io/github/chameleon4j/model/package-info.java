/**
 * What the client sends and receives: the resource models of the Chameleon API (immutable records,
 * unknown fields kept), pages and their cursor, the queries and change sets sent in request
 * parameters and bodies, and the argument checks shared by the client.
 */
@NullMarked
package io.github.chameleon4j.model;

import org.jspecify.annotations.NullMarked;
