package io.github.chameleon4j.client;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

/**
 * Follows Chameleon's cursor until the end, one page request at a time.
 * <p>
 * The reference has no {@code has_more}; the walk ends at the first of:
 * <ol>
 * <li>an empty page;</li>
 * <li>a short page (fewer items than the page size the server reports in {@code cursor.limit},
 * or than was requested);</li>
 * <li>no {@code cursor.before}: for cursor-paginated lists this is the end (§2.2 of the
 * reference). Lists documented without a cursor (deliveries, profile search) are walked
 * {@link #byLastId by last ID} instead: when a full page comes without a cursor, the ID of its
 * last item is used as {@code before}, which equals the cursor in every documented example;</li>
 * <li>no progress: a page that holds only items of the previous page (a server that ignores
 * {@code before}) or a cursor equal to the one just used.</li>
 * </ol>
 * Items already yielded by the previous page are skipped, so every item is yielded once. A page
 * is requested only when the subscriber has demand left after the previous page's items, so at
 * most one page request is in flight and no page is fetched ahead of demand.
 */
final class Paginator {

	private Paginator() {
	}

	/** Every paged model is a record with a {@code String id} component: its accessor, looked up once per class. */
	private static final ClassValue<MethodHandle> IDS = new ClassValue<>() {

		@Override
		protected MethodHandle computeValue(Class<?> type) {
			try {
				return MethodHandles.publicLookup()
					.findVirtual(type, "id", MethodType.methodType(String.class))
					.asType(MethodType.methodType(String.class, Object.class));
			}
			catch (ReflectiveOperationException ex) {
				return MethodHandles.dropArguments(MethodHandles.constant(String.class, null), 0, Object.class);
			}
		}

	};

	/** Walks a cursor-paginated list; a page without {@code cursor.before} is the last. */
	static <T> Flux<T> all(PageRequest start, Function<PageRequest, Mono<Page<T>>> fetch) {
		return walk(start, fetch, false);
	}

	/** Walks a list documented without a cursor, paging on with the last item's ID. */
	static <T> Flux<T> byLastId(PageRequest start, Function<PageRequest, Mono<Page<T>>> fetch) {
		return walk(start, fetch, true);
	}

	/** The item's Chameleon ID, or {@code null} for an item without one. */
	@Nullable
	static String idOf(Object item) {
		try {
			return (String) IDS.get(item.getClass()).invokeExact(item);
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Cannot read the id of " + item.getClass().getName(), ex);
		}
	}

	private static <T> Flux<T> walk(PageRequest start, Function<PageRequest, Mono<Page<T>>> fetch,
			boolean lastIdFallback) {
		PageRequest first = (start.limit() != null) ? start : start.withLimit(PageRequest.MAX_LIMIT);
		// Demand is counted by hand: operators such as expand or concatMap subscribe to the next
		// page as soon as the previous one completes, whether or not anyone asked for its items.
		return Flux.create((sink) -> new Walk<>(sink, first, fetch, Paginator::idOf, lastIdFallback).start());
	}

	/**
	 * One subscription's walk: fetches the next page only when every item pushed so far has been
	 * requested and the subscriber still wants more.
	 */
	private static final class Walk<T> {

		private final FluxSink<T> sink;

		private final Function<PageRequest, Mono<Page<T>>> fetch;

		private final Function<T, String> idOf;

		private final boolean lastIdFallback;

		private final Disposable.Swap inFlight = Disposables.swap();

		@Nullable
		private PageRequest next;

		private Set<String> previousIds = Set.of();

		private long requested;

		private long pushed;

		private boolean fetching;

		Walk(FluxSink<T> sink, PageRequest first, Function<PageRequest, Mono<Page<T>>> fetch, Function<T, String> idOf,
				boolean lastIdFallback) {
			this.sink = sink;
			this.next = first;
			this.fetch = fetch;
			this.idOf = idOf;
			this.lastIdFallback = lastIdFallback;
		}

		void start() {
			this.sink.onDispose(this.inFlight);
			this.sink.onRequest(this::request);
		}

		private void request(long n) {
			synchronized (this) {
				this.requested = (this.requested + n < 0) ? Long.MAX_VALUE : this.requested + n;
			}
			pump();
		}

		private void pump() {
			PageRequest request;
			Set<String> seen;
			synchronized (this) {
				if (this.fetching || this.sink.isCancelled() || this.requested - this.pushed <= 0) {
					return;
				}
				request = this.next;
				seen = this.previousIds;
				this.fetching = (request != null);
			}
			if (request == null) {
				this.sink.complete();
				return;
			}
			// Register the subscriber before subscribing: a page that completes synchronously (or on
			// another thread before subscribe returns) starts the next fetch from accept(), and a late
			// registration would otherwise replace, or cancel, that newer fetch.
			BaseSubscriber<Step<T>> page = new BaseSubscriber<>() {
				@Override
				protected void hookOnNext(Step<T> step) {
					accept(step);
				}

				@Override
				protected void hookOnError(Throwable failure) {
					Walk.this.sink.error(failure);
				}

				@Override
				public Context currentContext() {
					// each page request sees the subscriber's context (a deadline set with withDeadline, for one)
					return Context.of(Walk.this.sink.contextView());
				}
			};
			this.inFlight.replace(page);
			if (this.sink.isCancelled()) {
				page.dispose();
				return;
			}
			fetchStep(request, this.fetch, this.idOf, seen, this.lastIdFallback)
				.switchIfEmpty(Mono.error(() -> new IllegalStateException("no page")))
				.subscribe(page);
		}

		private void accept(Step<T> step) {
			synchronized (this) {
				this.next = step.next;
				this.previousIds = step.ids;
				this.pushed += step.fresh.size();
			}
			step.fresh.forEach(this.sink::next);
			synchronized (this) {
				this.fetching = false;
			}
			pump();
		}

	}

	private static <T> Mono<Step<T>> fetchStep(PageRequest request, Function<PageRequest, Mono<Page<T>>> fetch,
			Function<T, String> idOf, Set<String> previousIds, boolean lastIdFallback) {
		return Mono.defer(() -> fetch.apply(request))
			.map((page) -> Step.of(request, page, idOf, previousIds, lastIdFallback));
	}

	private static final class Step<T> {

		final List<T> fresh;

		final Set<String> ids;

		@Nullable
		final PageRequest next;

		private Step(List<T> fresh, Set<String> ids, @Nullable PageRequest next) {
			this.fresh = fresh;
			this.ids = ids;
			this.next = next;
		}

		static <T> Step<T> of(PageRequest request, Page<T> page, Function<T, String> idOf, Set<String> previousIds,
				boolean lastIdFallback) {
			List<T> fresh = new ArrayList<>(page.items().size());
			Set<String> ids = new HashSet<>();
			String lastId = null;
			for (T item : page.items()) {
				String id = idOf.apply(item);
				lastId = id;
				if (id == null || ids.add(id) && !previousIds.contains(id)) {
					fresh.add(item);
				}
			}
			return new Step<>(fresh, ids, nextRequest(request, page, lastIdFallback ? lastId : null, fresh.isEmpty()));
		}

		@Nullable
		private static <T> PageRequest nextRequest(PageRequest request, Page<T> page, @Nullable String fallback,
				boolean nothingNew) {
			if (page.items().isEmpty() || nothingNew) {
				return null;
			}
			int pageSize = (page.cursor() != null && page.cursor().limit() != null) ? page.cursor().limit()
					: request.limit();
			if (page.items().size() < Math.min(pageSize, request.limit())) {
				return null;
			}
			String before = (page.nextBefore() != null) ? page.nextBefore() : fallback;
			if (before == null || before.equals(request.before())) {
				return null;
			}
			return request.before(before);
		}

	}

}
