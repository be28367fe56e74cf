/**
 * Streaming bulk sync: a {@code Flux} of profile or company traits in, Chameleon's batch hooks out, one
 * {@link io.github.chameleon4j.client.sync.SyncResult} per item back. {@link io.github.chameleon4j.client.sync.BulkSync} groups the
 * items into batches by count and by serialized bytes, flushes a partial batch after a short linger, sends each
 * batch through the client's batch call (paced, retried and protected by the same policy as every call), splits a
 * {@code 413} in half and maps Chameleon's per-item errors back to the caller's own items. Usually reached through
 * {@code chameleon.profiles().sync(...)} and {@code chameleon.companies().sync(...)}.
 */
@NullMarked
package io.github.chameleon4j.client.sync;

import org.jspecify.annotations.NullMarked;
