package io.github.chameleon4j.test.spring;

import io.github.chameleon4j.test.ChameleonEmulator;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Resets the context's emulator before each test method of classes annotated with
 * {@link AutoConfigureChameleonEmulator} (unless {@code resetBeforeEachTest = false}), because the context, and
 * with it the emulator, is cached across test classes.
 */
public final class ChameleonEmulatorResetTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		AutoConfigureChameleonEmulator annotation = TestContextAnnotationUtils
			.findMergedAnnotation(testContext.getTestClass(), AutoConfigureChameleonEmulator.class);
		if (annotation == null || !annotation.resetBeforeEachTest()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.containsBean(ChameleonEmulatorContextCustomizer.BEAN_NAME)) {
			context.getBean(ChameleonEmulatorContextCustomizer.BEAN_NAME, ChameleonEmulator.class).reset();
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

}
