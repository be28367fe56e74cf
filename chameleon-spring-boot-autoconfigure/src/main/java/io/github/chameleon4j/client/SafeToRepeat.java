package io.github.chameleon4j.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that is safe to repeat after it may have reached the server: a read sent as POST
 * (search, count, a translation download), an upsert by identifier, a Delivery create with its
 * {@code idempotency_key}. GET, PUT, PATCH and DELETE are safe to repeat without it. The call policy
 * retries 5xx, timeouts and truncated bodies only for calls safe to repeat.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface SafeToRepeat {

}
