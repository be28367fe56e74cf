package io.github.chameleon4j.test.spring;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates a {@link ChameleonEmulatorContextCustomizer} for test classes annotated with
 * {@link AutoConfigureChameleonEmulator}; registered in {@code META-INF/spring.factories}.
 */
public final class ChameleonEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureChameleonEmulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureChameleonEmulator.class);
		return (annotation != null) ? new ChameleonEmulatorContextCustomizer(annotation) : null;
	}

}
