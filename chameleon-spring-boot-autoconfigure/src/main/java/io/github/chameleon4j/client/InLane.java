package io.github.chameleon4j.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the calls of an {@code @HttpExchange} method in a concurrency lane: at most {@link #width()}
 * of them in flight at once. A lane that depends on the call (one per user profile for Delivery
 * creates) is passed as a {@link io.github.chameleon4j.resilience.Lane} argument instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface InLane {

	/** The lane's key; calls naming the same key share it. */
	String value();

	/** The most calls of the lane in flight at once. */
	int width() default 1;

}
