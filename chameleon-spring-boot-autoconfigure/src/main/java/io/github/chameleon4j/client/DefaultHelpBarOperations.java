package io.github.chameleon4j.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.lang.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.HelpBar;
import io.github.chameleon4j.model.HelpBarChange;
import io.github.chameleon4j.model.SearchImport;
import io.github.chameleon4j.model.SearchItem;
import io.github.chameleon4j.model.SearchItemChange;

final class DefaultHelpBarOperations implements HelpBarOperations {

	private final ChameleonTransport transport;

	DefaultHelpBarOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Mono<HelpBar> get() {
		return this.transport.exchange(ApiRequest.get("/v3/edit/searches"), Readers.list(HelpBar.class, "searches"))
			.flatMap((searches) -> Mono.justOrEmpty(searches.isEmpty() ? null : searches.get(0)));
	}

	@Override
	public Mono<HelpBar> save(HelpBarChange change) {
		requireChange(change, "change");
		// An upsert of the one HelpBar: repeating it converges on the same state.
		return this.transport.exchange(ApiRequest.post("/v3/edit/searches").body(change.toBody()).idempotent(true),
				Readers.single(HelpBar.class, "search"));
	}

	@Override
	public Mono<Page<SearchItem>> listItems(PageRequest page, @Nullable String searchImportId) {
		Arguments.requireNonNull(page, "page");
		if (searchImportId != null) {
			Arguments.requireText(searchImportId, "searchImportId");
		}
		ApiRequest request = ApiRequest.get("/v3/edit/search_items").page(page).query("search_import_id", searchImportId);
		return this.transport.exchange(request, Readers.page(SearchItem.class, "search_items"));
	}

	@Override
	public Flux<SearchItem> listAllItems() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), (page) -> listItems(page, null),
				SearchItem::id);
	}

	@Override
	public Mono<SearchItem> upsertItem(String uid, SearchItemChange item) {
		Arguments.requireText(uid, "uid");
		requireChange(item, "item");
		// Keyed by uid, so a repeat writes the same item again.
		return item(ApiRequest.post("/v3/edit/search_items").body(withUid(uid, item)).idempotent(true));
	}

	@Override
	public Mono<SearchItem> updateItemByUid(String uid, SearchItemChange change) {
		Arguments.requireText(uid, "uid");
		requireChange(change, "change");
		return item(ApiRequest.patch("/v3/edit/search_items").body(withUid(uid, change)));
	}

	@Override
	public Mono<SearchItem> updateItem(String id, SearchItemChange change) {
		Arguments.requireText(id, "id");
		requireChange(change, "change");
		return item(ApiRequest.patch("/v3/edit/search_items/{id}", id).body(change.toBody()));
	}

	@Override
	public Mono<JsonNode> updateItems(List<String> ids, SearchItemChange change) {
		List<String> checked = requireIds(ids);
		requireChange(change, "change");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ids", checked);
		body.putAll(change.toBody());
		// Sets the same values on every item: safe to repeat.
		return this.transport.exchange(ApiRequest.post("/v3/edit/search_items/batch").body(body).idempotent(true),
				Readers.tree());
	}

	@Override
	public Mono<JsonNode> deleteItemByUid(String uid) {
		Arguments.requireText(uid, "uid");
		return this.transport.exchange(ApiRequest.delete("/v3/edit/search_items").body(Map.of("uid", uid)),
				Readers.tree());
	}

	@Override
	public Mono<JsonNode> deleteItems(List<String> ids) {
		List<String> checked = requireIds(ids);
		return this.transport.exchange(ApiRequest.delete("/v3/edit/search_items/batch").body(Map.of("ids", checked)),
				Readers.tree());
	}

	@Override
	public Mono<SearchImport> importItems(FileUpload csv, @Nullable String searchGroupId) {
		Arguments.requireNonNull(csv, "csv");
		if (searchGroupId != null) {
			Arguments.requireText(searchGroupId, "searchGroupId");
		}
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		csv.addTo(parts, "file");
		if (searchGroupId != null) {
			parts.part("search_group_id", searchGroupId);
		}
		return this.transport
			.exchangeMultipart(ApiRequest.post("/v3/edit/search_imports"), parts.build(),
					Readers.optional(SearchImport.class, "search_import"))
			.flatMap(Mono::justOrEmpty);
	}

	@Override
	public Mono<SearchImport> getImport(String id) {
		Arguments.requireText(id, "id");
		ResponseReader<java.util.Optional<SearchImport>> optional = Readers.optional(SearchImport.class,
				"search_import");
		return this.transport.exchange(ApiRequest.get("/v3/edit/search_imports/{id}", id),
				(status, body, mapper) -> optional.read(status, body, mapper)
					.orElseThrow(() -> new IllegalStateException("expected the key 'search_import'")));
	}

	private Mono<SearchItem> item(ApiRequest request) {
		return this.transport.exchange(request, Readers.optional(SearchItem.class, "search_item"))
			.flatMap(Mono::justOrEmpty);
	}

	private static Map<String, Object> withUid(String uid, SearchItemChange change) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("uid", uid);
		body.putAll(change.toBody());
		return body;
	}

	private static void requireChange(io.github.chameleon4j.model.ChangeSet change, String name) {
		Arguments.requireNonNull(change, name);
		if (change.isEmpty()) {
			throw new IllegalArgumentException(name + " must set at least one field");
		}
	}

	static List<String> requireIds(List<String> ids) {
		Arguments.requireNonNull(ids, "ids");
		if (ids.isEmpty() || ids.stream().anyMatch((id) -> id == null || id.isBlank())) {
			throw new IllegalArgumentException("ids must hold at least one non-blank ID");
		}
		return List.copyOf(ids);
	}

}
