package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.Map;

/**
 * An event received by {@code POST /v3/observe/hooks/events}.
 *
 * @param id the event ID returned to the caller
 * @param receivedAt when it arrived, from the emulator's clock
 * @param profileId the Chameleon ID of the profile it was tracked for
 * @param name the normalized (snake_case) event name
 * @param properties the remaining event properties, normalized
 */
public record TrackedEvent(String id, Instant receivedAt, String profileId, String name, Map<String, Object> properties) {
}
