package io.github.chameleon4j.autoconfigure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;

import io.github.chameleon4j.webhook.WebhookAccount;
import io.github.chameleon4j.webhook.WebhookAction;

/**
 * Reflection hints for a native image: every type the client's JSON mapper reads or writes (the
 * model records and enums, the request and query types, pages), and the webhook event types, whose
 * accessors listeners and SpEL conditions call. Registered in {@code META-INF/spring/aot.factories},
 * so Spring's AOT processing of any application with the starter applies them.
 */
class ChameleonRuntimeHints implements RuntimeHintsRegistrar {

	/** Packages whose every type is bound by the client's mapper or handed to listeners. */
	private static final String[] PACKAGES = { "io.github.chameleon4j.model", "io.github.chameleon4j.webhook.event" };

	/** Types outside those packages that listeners read (the queries and pages are in {@code model}). */
	private static final Class<?>[] OTHER_TYPES = { WebhookAccount.class, WebhookAction.class };

	private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		List<Class<?>> types = new ArrayList<>(List.of(OTHER_TYPES));
		types.addAll(typesIn(classLoader));
		this.bindings.registerReflectionHints(hints.reflection(), types.toArray(Class<?>[]::new));
		for (Class<?> type : types) {
			hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_METHODS);
		}
	}

	private static List<Class<?>> typesIn(@Nullable ClassLoader classLoader) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				// records, enums, sealed interfaces and nested types alike
				return definition.getMetadata().isIndependent() && !definition.getMetadata().getClassName().endsWith("package-info");
			}

		};
		scanner.addIncludeFilter((reader, factory) -> true);
		if (classLoader != null) {
			scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
		}
		List<Class<?>> types = new ArrayList<>();
		for (String basePackage : PACKAGES) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				String className = candidate.getBeanClassName();
				if (className != null) {
					types.add(ClassUtils.resolveClassName(className, classLoader));
				}
			}
		}
		types.sort(Comparator.comparing(Class::getName));
		return types;
	}

}
