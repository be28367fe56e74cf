package io.github.chameleon4j.client;

import java.lang.reflect.InvocationHandler;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.framework.ReflectiveMethodInvocation;
import org.springframework.lang.Nullable;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Runs the default methods of the resource proxies (argument checks, bodies built from query objects,
 * pagination): the HTTP interfaces are package-private, so Spring's own interceptor may not invoke
 * them, while a class of this package may.
 */
final class DefaultMethods implements MethodInterceptor, HttpServiceProxyFactory.ProxyFactoryCustomizer {

	@Override
	public void customize(ProxyFactory factory, Class<?> serviceType) {
		factory.addAdvice(0, this);
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
