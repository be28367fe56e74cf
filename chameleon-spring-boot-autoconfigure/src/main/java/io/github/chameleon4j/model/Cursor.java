package io.github.chameleon4j.model;

import org.jspecify.annotations.Nullable;

/**
 * The {@code cursor} object of a paginated response.
 *
 * @param limit the page size the server used, or {@code null}
 * @param before the value to pass as {@code before} for the next (older) page, or {@code null}
 */
public record Cursor(@Nullable Integer limit, @Nullable String before) {
}
