/**
 * Incoming webhooks, web-stack neutral: signature verification, de-duplication of redeliveries and
 * hand-off of each new message to a consumer exactly once.
 */
@NullMarked
package io.github.chameleon4j.webhook;

import org.jspecify.annotations.NullMarked;
