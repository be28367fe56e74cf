/**
 * The Chameleon REST API client: {@link io.github.chameleon4j.client.ChameleonOperations} and one
 * interface per resource, which are Spring HTTP interfaces ({@code @GetExchange}, ...), with the
 * {@link io.github.chameleon4j.client.FileUpload} parts they stream. Behind them, package-private: the
 * exchange adapter that applies the call policy and unwraps envelopes, the argument conventions, the
 * paginator, and the secret and timeout filters. The records, queries and pages the interfaces take
 * and return live in {@link io.github.chameleon4j.model}.
 */
@NullMarked
package io.github.chameleon4j.client;

import org.jspecify.annotations.NullMarked;
