package io.github.chameleon4j.model;

import org.jspecify.annotations.Nullable;

/**
 * The answer of the credential check ({@code GET /}): whose secret this is.
 *
 * @param accountId the Chameleon account
 * @param userId the Chameleon admin the secret belongs to (inferred by the reference)
 */
public record AccountIdentity(String accountId, @Nullable String userId) {
}
