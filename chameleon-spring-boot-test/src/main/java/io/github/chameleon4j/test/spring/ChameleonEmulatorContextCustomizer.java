package io.github.chameleon4j.test.spring;

import java.util.Objects;

import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.SeedData;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Starts an emulator for one test context and registers it as a bean, with the client's connection details
 * pointing at it when the client is on the classpath. Equal annotations give equal customizers, so Spring's
 * context cache shares the context (and the emulator).
 */
final class ChameleonEmulatorContextCustomizer implements ContextCustomizer {

	/** The bean name of the emulator in the test context. */
	static final String BEAN_NAME = "chameleonEmulator";

	private static final String CONNECTION_DETAILS = "io.github.chameleon4j.autoconfigure.ChameleonConnectionDetails";

	private final String accountSecret;

	private final int seedProfiles;

	private final int seedCompanies;

	private final SeedData seedData;

	private final long seed;

	ChameleonEmulatorContextCustomizer(AutoConfigureChameleonEmulator annotation) {
		this.accountSecret = annotation.accountSecret();
		this.seedProfiles = annotation.seedProfiles();
		this.seedCompanies = annotation.seedCompanies();
		this.seedData = annotation.seedData();
		this.seed = annotation.seed();
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		ChameleonEmulator emulator = ChameleonEmulator.builder()
			.accountSecret(this.accountSecret)
			.seedProfiles(this.seedProfiles)
			.seedCompanies(this.seedCompanies)
			.seedData(this.seedData)
			.seed(this.seed)
			.start();
		context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
		if (ClassUtils.isPresent(CONNECTION_DETAILS, context.getClassLoader())) {
			EmulatorConnectionDetails.register(context.getBeanFactory(), emulator);
		}
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				emulator.close();
			}
		});
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ChameleonEmulatorContextCustomizer that && this.accountSecret.equals(that.accountSecret)
				&& this.seedProfiles == that.seedProfiles && this.seedCompanies == that.seedCompanies
				&& this.seedData == that.seedData && this.seed == that.seed;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.accountSecret, this.seedProfiles, this.seedCompanies, this.seedData, this.seed);
	}

}
