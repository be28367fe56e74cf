package io.github.chameleon4j.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code boolean} argument sent as the query parameter {@link #name()}: {@link #value()} when
 * {@code true}, {@link #otherwise()} (or nothing, when empty) when {@code false}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface Flag {

	/** The query parameter. */
	String name();

	/** Its value when the argument is {@code true}. */
	String value();

	/** Its value when the argument is {@code false}; empty: not sent. */
	String otherwise() default "";

}
