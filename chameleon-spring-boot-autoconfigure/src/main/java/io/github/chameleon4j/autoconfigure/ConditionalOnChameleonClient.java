package io.github.chameleon4j.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches unless the application is webhook-only: {@code chameleon.account-secret} is not set while
 * the webhook endpoint is ({@code chameleon.webhooks.secret}). Guards the client's auto-configuration
 * and everything built around the client (resilience, meters, health, endpoint), so that an
 * application that only receives webhooks needs no account secret. Without either secret the client
 * is still configured, and startup fails with a report naming {@code chameleon.account-secret}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnChameleonClientCondition.class)
public @interface ConditionalOnChameleonClient {

}
