/**
 * Shared coordination of the client's replicas on Redis: {@link io.github.chameleon4j.shared.RedisSharedCoordination}
 * (one pace, one cool-down, account-wide lanes) and {@link io.github.chameleon4j.shared.RedisWebhookDeduplication}.
 */
@NullMarked
package io.github.chameleon4j.shared;

import org.jspecify.annotations.NullMarked;
