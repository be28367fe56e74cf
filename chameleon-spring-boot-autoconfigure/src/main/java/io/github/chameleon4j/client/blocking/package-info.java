/**
 * The Chameleon client for code that blocks: {@link io.github.chameleon4j.client.blocking.BlockingChameleonOperations}
 * ({@code chameleon.blocking()}, a bean in servlet applications) and one {@code Blocking*} interface per
 * resource interface of {@link io.github.chameleon4j.client}, with the same methods and plain results:
 * <ul>
 * <li>{@code Mono<T>} → {@code T}, {@code Mono<Void>} → {@code void}, waited for at most the call's deadline
 * and a little longer;</li>
 * <li>a one-response {@code Flux<T>} (an unpaginated list) → {@code List<T>};</li>
 * <li>a paginated {@code Flux<T>} ({@code listAll}, {@code searchAll}, ...) → a lazy {@code Stream<T>}: the call
 * requests the first page, reading a page's last item requests the next, each within the deadline; closing it
 * cancels;</li>
 * <li>a download's {@code Flux<DataBuffer>} → an {@code InputStream}; closing it cancels.</li>
 * </ul>
 * The interfaces only declare: each call runs through the reactive resource (argument checks, pagination,
 * call policy), so the two APIs cannot drift apart in behaviour, and a test holds the declarations in step.
 */
@NullMarked
package io.github.chameleon4j.client.blocking;

import org.jspecify.annotations.NullMarked;
