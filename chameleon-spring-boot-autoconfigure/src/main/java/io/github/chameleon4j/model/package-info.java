/**
 * The resource models of the Chameleon API (immutable records, unknown fields kept), the change sets
 * sent in request bodies, and the argument checks shared by the client.
 */
package io.github.chameleon4j.model;
