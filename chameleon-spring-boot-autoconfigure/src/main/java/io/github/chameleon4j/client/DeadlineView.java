package io.github.chameleon4j.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * What {@link ChameleonOperations#withDeadline} returns: the same client, whose calls carry the
 * deadline in their subscriber context, where the exchange adapter reads it. Nothing is rebuilt: the
 * view forwards to the client's own resources and tags the publishers they return.
 */
final class DeadlineView implements InvocationHandler {

	private final Object target;

	private final Duration deadline;

	private DeadlineView(Object target, Duration deadline) {
		this.target = target;
		this.deadline = deadline;
	}

	static ChameleonOperations of(ChameleonOperations client, Duration deadline) {
		return view(ChameleonOperations.class, client, deadline);
	}

	private static <T> T view(Class<T> type, Object target, Duration deadline) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				new DeadlineView(target, deadline)));
	}

	@Override
	@Nullable
	public Object invoke(Object proxy, Method method, Object @Nullable [] arguments) throws Throwable {
		if (method.getName().equals("close") && method.getParameterCount() == 0) {
			return null; // the view shares the client's connections; closing it must not close them
		}
		if (method.getName().equals("blocking") && method.getParameterCount() == 0) {
			return BlockingView.of((ChameleonOperations) proxy, this.deadline); // blocking calls of this view
		}
		Object result;
		try {
			result = method.invoke(this.target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		if (result instanceof Mono<?> mono) {
			return mono.contextWrite(this::withDeadline);
		}
		if (result instanceof Flux<?> flux) {
			return flux.contextWrite(this::withDeadline);
		}
		Class<?> type = method.getReturnType();
		boolean resource = type.isInterface() && type.getPackage() == ChameleonOperations.class.getPackage()
				&& type != ChameleonOperations.class;
		return resource ? view(type, result, this.deadline) : result;
	}

	private Context withDeadline(Context context) {
		return context.put(DeadlineView.class, this.deadline);
	}

}
