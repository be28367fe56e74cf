package io.github.chameleon4j.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.chameleon4j.test.SeedData;

/**
 * Starts a {@link io.github.chameleon4j.test.ChameleonEmulator} for a Spring test context, registers it as the
 * bean {@code chameleonEmulator}, and points the application at it by setting {@code chameleon.base-url} and
 * {@code chameleon.account-secret}. The emulator is reset before each test method and stopped with the context.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureChameleonEmulator(seedProfiles = 50)
 * class MyServiceTests {
 *     @Autowired ChameleonEmulator emulator;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureChameleonEmulator {

	/** The account secret the emulator accepts (and that is set as {@code chameleon.account-secret}). */
	String accountSecret() default "emulator-account-secret";

	/** How many profiles to seed. */
	int seedProfiles() default 20;

	/** How many companies to seed. */
	int seedCompanies() default 5;

	/**
	 * How much custom data the seeded profiles and companies carry: {@link SeedData#REALISTIC} (dozens of properties
	 * per profile, like a real account) or {@link SeedData#MINIMAL} (only those that segments use).
	 */
	SeedData seedData() default SeedData.REALISTIC;

	/** The seed for generated data and random faults. */
	long seed() default 42;

	/** Whether to reset the emulator (data, switches, request log) before each test method. */
	boolean resetBeforeEachTest() default true;

}
