package io.github.chameleon4j.test.junit;

import java.util.function.Consumer;

import io.github.chameleon4j.test.ChameleonEmulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link ChameleonEmulator}: started before all tests, reset before each test,
 * stopped after all tests. Register it statically to configure the emulator:
 *
 * <pre>{@code
 * @RegisterExtension
 * static ChameleonEmulatorExtension chameleon = new ChameleonEmulatorExtension(b -> b.seedProfiles(50));
 * }</pre>
 * Every builder setting is available this way, e.g. {@code b -> b.seedData(SeedData.MINIMAL)} for small records
 * instead of realistic ones.
 * or use {@code @ExtendWith(ChameleonEmulatorExtension.class)} and take a {@link ChameleonEmulator} parameter.
 * Registered on an instance field, the emulator is started and stopped around each test.
 */
public final class ChameleonEmulatorExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

	private final Consumer<ChameleonEmulator.Builder> customizer;

	private ChameleonEmulator emulator;

	private boolean perTest;

	/** An extension with the emulator's default settings. */
	public ChameleonEmulatorExtension() {
		this((builder) -> {
		});
	}

	/** An extension whose emulator is configured by {@code customizer}. */
	public ChameleonEmulatorExtension(Consumer<ChameleonEmulator.Builder> customizer) {
		this.customizer = customizer;
	}

	/** The running emulator. */
	public ChameleonEmulator emulator() {
		if (this.emulator == null) {
			throw new IllegalStateException("The emulator runs only while tests execute");
		}
		return this.emulator;
	}

	public String baseUrl() {
		return emulator().baseUrl();
	}

	public String accountSecret() {
		return emulator().accountSecret();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.emulator == null) {
			this.perTest = true;
			start();
		}
		else {
			this.emulator.reset();
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.perTest) {
			stop();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	private void start() {
		ChameleonEmulator.Builder builder = ChameleonEmulator.builder();
		this.customizer.accept(builder);
		this.emulator = builder.start();
	}

	private void stop() {
		if (this.emulator != null) {
			this.emulator.close();
			this.emulator = null;
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == ChameleonEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return emulator();
	}

}
