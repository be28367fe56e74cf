/**
 * The Chameleon REST API client: {@link io.github.chameleon4j.client.ChameleonOperations} and one
 * interface per resource, which are Spring HTTP interfaces ({@code @GetExchange}, ...), and the
 * request and page types they take. Behind them, package-private: the exchange adapter that applies
 * the call policy and unwraps envelopes, the argument conventions, and the secret and timeout filters.
 */
package io.github.chameleon4j.client;
