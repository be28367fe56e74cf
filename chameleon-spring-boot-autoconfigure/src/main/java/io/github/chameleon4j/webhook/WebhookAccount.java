package io.github.chameleon4j.webhook;

/**
 * The Chameleon account named in a {@code ping} webhook.
 *
 * @param id the account id
 * @param domain the account's primary domain
 * @param name the account name
 */
public record WebhookAccount(String id, String domain, String name) {
}
