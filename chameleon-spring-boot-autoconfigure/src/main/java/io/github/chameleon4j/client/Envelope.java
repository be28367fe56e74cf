package io.github.chameleon4j.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the result of an {@code @HttpExchange} method sits in a 2xx body. Chameleon names the
 * top-level key after the resource (reference §1.5): singular for one record ({@code {"tour": {...}}}),
 * plural for a list, with the cursor beside it ({@code {"tours": [...], "cursor": {...}}}). The
 * declared result type says which: {@code Page<T>}, {@code List<T>} or {@code Flux<T>} read a list,
 * anything else one record. Without this annotation the body is not unwrapped ({@code JsonNode},
 * {@code Void}, downloads).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Envelope {

	/**
	 * The keys, most likely first: where the reference is unsure which one the server uses, the first
	 * one present in the body wins. Empty: the resource's own names, from the URL (for
	 * {@code /v3/edit/tours}, {@code tours}; for {@code /v3/edit/tours/{id}}, {@code tour}).
	 */
	String[] value() default {};

	/** How the body is shaped around the keys, when it is not one record or one list. */
	Shape shape() default Shape.DECLARED;

}
