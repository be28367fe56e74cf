package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.lang.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Follows Chameleon's cursor until the end, one page request at a time.
 * <p>
 * The reference has no {@code has_more}; the walk ends at the first of:
 * <ol>
 * <li>an empty page;</li>
 * <li>a short page (fewer items than the page size the server reports in {@code cursor.limit},
 * or than was requested);</li>
 * <li>no {@code cursor.before} <em>and</em> no usable fallback: when a full page comes without a
 * cursor (the deliveries list does this), the ID of its last item is used as {@code before},
 * which equals the cursor in every documented example;</li>
 * <li>no progress: a page that holds only items of the previous page (a server that ignores
 * {@code before}) or a cursor equal to the one just used.</li>
 * </ol>
 * Items already yielded by the previous page are skipped, so every item is yielded once. At most
 * one page request is in flight and at most one page is buffered ahead of the subscriber.
 */
final class Paginator {

	private Paginator() {
	}

	static <T> Flux<T> all(PageRequest start, Function<PageRequest, Mono<Page<T>>> fetch, Function<T, String> idOf) {
		PageRequest first = (start.limit() != null) ? start : start.withLimit(PageRequest.MAX_LIMIT);
		return fetchStep(first, fetch, idOf, Set.of())
			.expand((step) -> {
				PageRequest next = step.next;
				return (next != null) ? fetchStep(next, fetch, idOf, step.ids) : Mono.empty();
			})
			.concatMapIterable((step) -> step.fresh, 1);
	}

	private static <T> Mono<Step<T>> fetchStep(PageRequest request, Function<PageRequest, Mono<Page<T>>> fetch,
			Function<T, String> idOf, Set<String> previousIds) {
		return Mono.defer(() -> fetch.apply(request)).map((page) -> Step.of(request, page, idOf, previousIds));
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

		static <T> Step<T> of(PageRequest request, Page<T> page, Function<T, String> idOf, Set<String> previousIds) {
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
			return new Step<>(fresh, ids, nextRequest(request, page, lastId, fresh.isEmpty()));
		}

		@Nullable
		private static <T> PageRequest nextRequest(PageRequest request, Page<T> page, @Nullable String lastId,
				boolean nothingNew) {
			if (page.items().isEmpty() || nothingNew) {
				return null;
			}
			int pageSize = (page.cursor() != null && page.cursor().limit() != null) ? page.cursor().limit()
					: request.limit();
			if (page.items().size() < Math.min(pageSize, request.limit())) {
				return null;
			}
			String before = (page.nextBefore() != null) ? page.nextBefore() : lastId;
			if (before == null || before.equals(request.before())) {
				return null;
			}
			return request.before(before);
		}

	}

}
