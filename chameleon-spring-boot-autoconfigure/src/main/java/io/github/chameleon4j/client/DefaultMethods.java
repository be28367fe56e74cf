package io.github.chameleon4j.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.framework.ReflectiveMethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Runs the default methods that package-private HTTP interfaces declare ({@link DeliveryApi},
 * {@link HookApi}): Spring's own interceptor may not invoke them, a class of this package may.
 */
final class DefaultMethods implements MethodInterceptor, HttpServiceProxyFactory.ProxyFactoryCustomizer {

	@Override
	public void customize(ProxyFactory factory, Class<?> serviceType) {
		if (!Modifier.isPublic(serviceType.getModifiers())
				&& Arrays.stream(serviceType.getDeclaredMethods()).anyMatch(Method::isDefault)) {
			factory.addAdvice(0, this);
		}
	}

	@Override
	@Nullable
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (invocation.getMethod().isDefault() && invocation instanceof ReflectiveMethodInvocation reflective) {
			return InvocationHandler.invokeDefault(reflective.getProxy(), invocation.getMethod(), invocation.getArguments());
		}
		return invocation.proceed();
	}

}
