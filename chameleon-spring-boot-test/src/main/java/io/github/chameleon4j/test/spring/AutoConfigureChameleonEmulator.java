package io.github.chameleon4j.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

import io.github.chameleon4j.test.SeedData;

/**
 * Runs the test context's Chameleon client against an in-process {@link io.github.chameleon4j.test.ChameleonEmulator}:
 * <ul>
 * <li>starts an emulator for the context, registers it as the bean {@code chameleonEmulator}, and points the
 * client at it through a {@code ChameleonConnectionDetails} bean (its base URL and account secret; every other
 * {@code chameleon.*} property still applies). The emulator stops with the context;</li>
 * <li>imports the client's auto-configuration, so the annotation works in test slices too ({@code @WebMvcTest},
 * {@code @WebFluxTest}, ...), as Boot's own {@code @AutoConfigure...} annotations do;</li>
 * <li>turns the client's global pace off ({@code chameleon.resilience.pace.enabled=false}), unless
 * {@link #realisticLimits()}: a suite that shares one cached context would otherwise share one pace (100
 * requests per minute after a burst of 10);</li>
 * <li>before each test method, resets the emulator (data, switches, request log) and the client's resilience
 * state (circuit breaker, cool-down, pace, lowered concurrency caps), so that one test's faults do not reach the
 * next ({@link #resetBeforeEachTest()}).</li>
 * </ul>
 * Test classes with equal attributes share one cached context, and with it the emulator and the client.
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureChameleonEmulator(seedProfiles = 50)
 * class MyServiceTests {
 *     @Autowired ChameleonEmulator emulator;
 * }
 *
 * @WebMvcTest(TourController.class)
 * @AutoConfigureChameleonEmulator
 * class TourControllerTests { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureChameleonEmulator {

	/** The account secret the emulator accepts (and that the client sends). */
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

	/**
	 * Whether to reset the emulator (data, switches, request log) and the client's resilience state (circuit
	 * breaker, cool-down, pace, concurrency caps) before each test method.
	 */
	boolean resetBeforeEachTest() default true;

	/**
	 * Whether the client keeps its global pace, as against the real API: mapped to
	 * {@code chameleon.resilience.pace.enabled}, which it overrides either way. Off by default, so that tests run
	 * at full speed; turn it on to test how the application copes with the account's request rate. The
	 * emulator's own limits are its switches either way ({@code emulator.rateLimits()}).
	 */
	@PropertyMapping("chameleon.resilience.pace.enabled")
	boolean realisticLimits() default false;

}
