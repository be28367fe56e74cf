package io.github.chameleon4j.test.spring;

import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.test.ChameleonEmulator;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.util.ClassUtils;

/**
 * Before each test method of classes annotated with {@link AutoConfigureChameleonEmulator} (unless
 * {@code resetBeforeEachTest = false}), resets the context's emulator and the resilience state of the
 * context's clients ({@link ChameleonResilience#reset()}), because the context, and with it the emulator and
 * the client, is cached across test classes.
 */
public final class ChameleonEmulatorResetTestExecutionListener implements TestExecutionListener, Ordered {

	private static final boolean CLIENT_PRESENT = ClassUtils.isPresent(
			"io.github.chameleon4j.resilience.ChameleonResilience",
			ChameleonEmulatorResetTestExecutionListener.class.getClassLoader());

	@Override
	public void beforeTestMethod(TestContext testContext) {
		AutoConfigureChameleonEmulator annotation = TestContextAnnotationUtils
			.findMergedAnnotation(testContext.getTestClass(), AutoConfigureChameleonEmulator.class);
		if (annotation == null || !annotation.resetBeforeEachTest()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (!context.containsBean(ChameleonEmulatorContextCustomizer.BEAN_NAME)) {
			return;
		}
		context.getBean(ChameleonEmulatorContextCustomizer.BEAN_NAME, ChameleonEmulator.class).reset();
		if (CLIENT_PRESENT) {
			ClientState.reset(context);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	/** Loaded only when the client is on the classpath. */
	private static final class ClientState {

		static void reset(ApplicationContext context) {
			context.getBeanProvider(ChameleonResilience.class).forEach(ChameleonResilience::reset);
		}

	}

}
