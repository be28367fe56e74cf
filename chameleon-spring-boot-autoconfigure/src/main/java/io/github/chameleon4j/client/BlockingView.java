package io.github.chameleon4j.client;

import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.chameleon4j.client.blocking.BlockingChameleonOperations;

/**
 * What {@link ChameleonOperations#blocking()} returns: each {@code Blocking*} interface of
 * {@link io.github.chameleon4j.client.blocking} is served by the reactive interface of the same name without
 * the prefix, method by method (same name, same parameters). Nothing is declared twice but the signatures:
 * the reactive resource runs the call, with its argument checks, pagination and call policy, and this view
 * waits for it, by the result type the blocking method declares: {@code T} or {@code void} from a
 * {@code Mono} (waiting at most the call's deadline plus {@link #GRACE}, so the client's own
 * {@code ChameleonDeadlineExceededException} is what a late call ends with), {@code List<T>} from a
 * one-response {@code Flux}, a lazy {@code Stream<T>} from a paginated one (a page at a time), an
 * {@code InputStream} from a download.
 */
final class BlockingView implements InvocationHandler {

	/** How much longer than the deadline a call is waited for: the client's own deadline fires first. */
	static final Duration GRACE = Duration.ofSeconds(1);

	/** Buffers a download's stream requests ahead of the reader. */
	private static final int DOWNLOAD_DEMAND = 16;

	private static final String PREFIX = "Blocking";

	/** Each blocking method's reactive counterpart, looked up once. */
	private static final Map<Method, Method> REACTIVE = new ConcurrentHashMap<>();

	private final Object target;

	@Nullable
	private final Duration timeout;

	private BlockingView(Object target, @Nullable Duration timeout) {
		this.target = target;
		this.timeout = timeout;
	}

	/**
	 * The blocking view of a client.
	 * @param client the reactive client (or a deadline view of it)
	 * @param deadline the deadline of its calls, or {@code null} for none
	 */
	static BlockingChameleonOperations of(ChameleonOperations client, @Nullable Duration deadline) {
		return view(BlockingChameleonOperations.class, client, (deadline != null) ? deadline.plus(GRACE) : null);
	}

	private static <T> T view(Class<T> type, Object target, @Nullable Duration timeout) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				new BlockingView(target, timeout)));
	}

	/** The reactive method a blocking one stands for: {@code BlockingXOperations.m(..)} → {@code XOperations.m(..)}. */
	static Method reactive(Method blocking) {
		return REACTIVE.computeIfAbsent(blocking, (method) -> {
			String name = method.getDeclaringClass().getSimpleName();
			try {
				Class<?> reactive = Class.forName(ChameleonOperations.class.getPackageName() + "."
						+ name.substring(PREFIX.length()), false, ChameleonOperations.class.getClassLoader());
				return reactive.getMethod(method.getName(), method.getParameterTypes());
			}
			catch (ReflectiveOperationException | IndexOutOfBoundsException ex) {
				throw new IllegalStateException("No reactive counterpart of " + name + "." + method.getName(), ex);
			}
		});
	}

	@Override
	@Nullable
	public Object invoke(Object proxy, Method method, Object @Nullable [] arguments) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return switch (method.getName()) {
				case "equals" -> proxy == arguments[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> PREFIX + this.target;
			};
		}
		Class<?> type = method.getReturnType();
		boolean view = type.isInterface() && type.getPackage() == BlockingChameleonOperations.class.getPackage();
		if (!view && Schedulers.isInNonBlockingThread()) {
			// fail before anything is sent (Reactor's own check in block() comes after subscribing)
			throw new IllegalStateException(method.getDeclaringClass().getSimpleName() + "." + method.getName()
					+ " blocks, which is not allowed on the non-blocking thread '" + Thread.currentThread().getName()
					+ "': use the reactive ChameleonOperations there, or move the call off the event loop (e.g. to"
					+ " Schedulers.boundedElastic())");
		}
		Object result;
		try {
			result = reactive(method).invoke(this.target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		if (type == BlockingChameleonOperations.class) {
			return ((ChameleonOperations) result).blocking(); // withDeadline: the view knows its deadline
		}
		if (view) {
			return view(type, result, this.timeout);
		}
		if (type == Stream.class) {
			// one item requested at a time: the walk fetches the next page only when this one is read to its end
			return ((Flux<?>) result).toStream(1);
		}
		if (type == InputStream.class) {
			@SuppressWarnings("unchecked")
			Flux<DataBuffer> download = (Flux<DataBuffer>) result;
			return DataBufferUtils.subscriberInputStream(download, DOWNLOAD_DEMAND);
		}
		Mono<?> mono = (result instanceof Flux<?> flux && type == List.class) ? flux.collectList() : (Mono<?>) result;
		return (this.timeout != null) ? mono.block(this.timeout) : mono.block();
	}

}
