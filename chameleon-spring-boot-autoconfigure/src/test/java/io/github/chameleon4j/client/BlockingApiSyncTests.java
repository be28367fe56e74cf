package io.github.chameleon4j.client;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.blocking.BlockingChameleonOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocking API declares every accessor and every method of the reactive one, and nothing else, with
 * the same parameters and the plain form of each result: {@code Mono<T>} → {@code T} ({@code Mono<Void>}
 * → {@code void}), a one-response {@code Flux<T>} (an abstract method) → {@code List<T>}, a paginated
 * {@code Flux<T>} (a default method walking the cursor) → {@code Stream<T>}, {@code Flux<DataBuffer>} →
 * {@code InputStream}, a resource → its {@code Blocking} counterpart. A method added to one side only
 * fails here, naming it.
 */
class BlockingApiSyncTests {

	/** What the reactive client has that is not a call: lifecycle and the views. */
	private static final Set<String> NOT_CALLS = Set.of("close", "blocking", "builder");

	@Test
	void everyReactiveMethodHasItsBlockingCounterpartAndNoBlockingMethodIsExtra() {
		List<String> mismatches = new ArrayList<>();
		Set<Class<?>> visited = new LinkedHashSet<>();
		compare(ChameleonOperations.class, BlockingChameleonOperations.class, visited, mismatches);
		assertThat(mismatches).isEmpty();
		// every resource interface reachable from the client was compared
		assertThat(visited).contains(ProfileOperations.class, ExperienceOperations.class, ReadOnlyOperations.class,
				TagOperations.class, LocalizationOperations.class, WebhookSubscriptionOperations.class).hasSize(21);
	}

	@Test
	void eachBlockingMethodFindsTheReactiveMethodItStandsFor() {
		for (Class<?> blocking : blockingInterfaces()) {
			for (Method method : blocking.getMethods()) {
				Method reactive = BlockingView.reactive(method);
				assertThat(reactive.getName()).isEqualTo(method.getName());
				assertThat(reactive.getParameterTypes()).isEqualTo(method.getParameterTypes());
			}
		}
	}

	private static List<Class<?>> blockingInterfaces() {
		List<Class<?>> all = new ArrayList<>();
		collect(BlockingChameleonOperations.class, all);
		return all;
	}

	private static void collect(Class<?> type, List<Class<?>> all) {
		if (all.contains(type)) {
			return;
		}
		all.add(type);
		for (Method method : type.getMethods()) {
			if (method.getReturnType().getPackage() == type.getPackage() && method.getReturnType() != type) {
				collect(method.getReturnType(), all);
			}
		}
	}

	private static void compare(Class<?> reactive, Class<?> blocking, Set<Class<?>> visited, List<String> mismatches) {
		if (!visited.add(reactive)) {
			return;
		}
		Set<String> expected = new LinkedHashSet<>();
		for (Method method : reactive.getMethods()) {
			if (Modifier.isStatic(method.getModifiers()) || NOT_CALLS.contains(method.getName())) {
				continue;
			}
			expected.add(signature(method));
			Method counterpart;
			try {
				counterpart = blocking.getMethod(method.getName(), method.getParameterTypes());
			}
			catch (NoSuchMethodException ex) {
				mismatches.add(blocking.getSimpleName() + " lacks " + signature(method));
				continue;
			}
			String want = blockingType(method);
			String have = counterpart.getGenericReturnType().getTypeName();
			if (!want.equals(have)) {
				mismatches.add(blocking.getSimpleName() + "." + signature(method) + " returns " + have + ", expected "
						+ want);
			}
			if (!Arrays.equals(names(method.getGenericParameterTypes()), names(counterpart.getGenericParameterTypes()))) {
				mismatches.add(blocking.getSimpleName() + "." + signature(method) + " has other generic parameters");
			}
			if (isResource(method.getReturnType())) {
				compare(method.getReturnType(), counterpart.getReturnType(), visited, mismatches);
			}
		}
		for (Method method : blocking.getMethods()) {
			if (!expected.contains(signature(method))) {
				mismatches.add(blocking.getSimpleName() + " has " + signature(method) + ", which "
						+ reactive.getSimpleName() + " lacks");
			}
		}
	}

	/** The declared blocking result for a reactive method. */
	private static String blockingType(Method method) {
		Type declared = method.getGenericReturnType();
		if (isResource(method.getReturnType())) {
			return blockingName(declared.getTypeName());
		}
		Type element = ((ParameterizedType) declared).getActualTypeArguments()[0];
		if (method.getReturnType() == Mono.class) {
			return (element == Void.class) ? "void" : (element == Long.class) ? "long" : element.getTypeName();
		}
		assertThat(method.getReturnType()).as(signature(method)).isEqualTo(Flux.class);
		if (element == DataBuffer.class) {
			return InputStream.class.getName();
		}
		Class<?> container = method.isDefault() ? Stream.class : List.class;
		return container.getName() + "<" + element.getTypeName() + ">";
	}

	private static boolean isResource(Class<?> type) {
		return type.isInterface() && type.getPackage() == ChameleonOperations.class.getPackage();
	}

	/** {@code io.github.chameleon4j.client.XOperations<T>} → {@code io.github.chameleon4j.client.blocking.BlockingXOperations<T>}. */
	private static String blockingName(String reactive) {
		return reactive.replaceFirst("^io\\.github\\.chameleon4j\\.client\\.", BlockingChameleonOperations.class.getPackageName()
				+ ".Blocking");
	}

	private static String[] names(Type[] types) {
		return Arrays.stream(types).map(Type::getTypeName).toArray(String[]::new);
	}

	private static String signature(Method method) {
		return method.getName() + Arrays.toString(names(method.getGenericParameterTypes()));
	}

}
