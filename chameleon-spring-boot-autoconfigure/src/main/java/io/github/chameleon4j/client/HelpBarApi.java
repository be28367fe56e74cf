package io.github.chameleon4j.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.lang.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.HelpBar;
import io.github.chameleon4j.model.HelpBarChange;
import io.github.chameleon4j.model.SearchImport;
import io.github.chameleon4j.model.SearchItem;
import io.github.chameleon4j.model.SearchItemChange;

/**
 * HelpBar: the HTTP declarations behind {@link HelpBarOperations}. The responses of the item and
 * import writes are not documented (see {@link Shape#OPTIONAL_RECORD}).
 */
@HttpExchange("/v3/edit")
interface HelpBarApi extends HelpBarOperations {

	@Override
	default Mono<HelpBar> get() {
		return searches().next();
	}

	/** At most one. */
	@GetExchange("/searches") @Envelope("searches")
	Flux<HelpBar> searches();

	@Override
	default Mono<HelpBar> save(HelpBarChange change) {
		return save(RequestArguments.changes(change, "change"));
	}

	/** An upsert of the one HelpBar: repeating it converges on the same state. */
	@PostExchange("/searches") @SafeToRepeat @Envelope("search")
	Mono<HelpBar> save(@RequestBody Map<String, Object> body);

	@Override
	@GetExchange("/search_items") @Envelope("search_items")
	Mono<Page<SearchItem>> listItems(PageRequest page,
			@RequestParam(name = "search_import_id", required = false) @Nullable String searchImportId);

	@Override
	default Flux<SearchItem> listAllItems() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), (page) -> listItems(page, null),
				SearchItem::id);
	}

	@Override
	default Mono<SearchItem> upsertItem(String uid, SearchItemChange item) {
		return upsertItem(withUid(uid, RequestArguments.changes(item, "item")));
	}

	/** Keyed by uid, so a repeat writes the same item again. */
	@PostExchange("/search_items") @SafeToRepeat @Envelope(value = "search_item", shape = Shape.OPTIONAL_RECORD)
	Mono<SearchItem> upsertItem(@RequestBody Map<String, Object> body);

	@Override
	default Mono<SearchItem> updateItemByUid(String uid, SearchItemChange change) {
		return updateItemByUid(withUid(uid, RequestArguments.changes(change, "change")));
	}

	@PatchExchange("/search_items") @Envelope(value = "search_item", shape = Shape.OPTIONAL_RECORD)
	Mono<SearchItem> updateItemByUid(@RequestBody Map<String, Object> body);

	@Override
	default Mono<SearchItem> updateItem(String id, SearchItemChange change) {
		return updateItem(id, RequestArguments.changes(change, "change"));
	}

	@PatchExchange("/search_items/{id}") @Envelope(value = "search_item", shape = Shape.OPTIONAL_RECORD)
	Mono<SearchItem> updateItem(@PathVariable String id, @RequestBody Map<String, Object> body);

	@Override
	default Mono<JsonNode> updateItems(List<String> ids, SearchItemChange change) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ids", requireIds(ids));
		body.putAll(RequestArguments.changes(change, "change"));
		return updateItems(body);
	}

	/** Sets the same values on every item: safe to repeat. */
	@PostExchange("/search_items/batch") @SafeToRepeat
	Mono<JsonNode> updateItems(@RequestBody Map<String, Object> body);

	@Override
	default Mono<JsonNode> deleteItemByUid(String uid) {
		return deleteItemByUid(Map.of("uid", Arguments.requireText(uid, "uid")));
	}

	@DeleteExchange("/search_items")
	Mono<JsonNode> deleteItemByUid(@RequestBody Map<String, Object> body);

	@Override
	default Mono<JsonNode> deleteItems(List<String> ids) {
		return deleteItems(Map.of("ids", requireIds(ids)));
	}

	@DeleteExchange("/search_items/batch")
	Mono<JsonNode> deleteItems(@RequestBody Map<String, Object> body);

	@Override
	default Mono<SearchImport> importItems(FileUpload csv, @Nullable String searchGroupId) {
		Arguments.requireNonNull(csv, "csv");
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		csv.addTo(parts, "file");
		if (searchGroupId != null) {
			parts.part("search_group_id", Arguments.requireText(searchGroupId, "searchGroupId"));
		}
		return importItems(parts.build());
	}

	/** Sent once: an import is not retried after the request may have reached the server. */
	@PostExchange(url = "/search_imports", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Envelope(value = "search_import", shape = Shape.OPTIONAL_RECORD)
	Mono<SearchImport> importItems(@RequestBody MultiValueMap<String, HttpEntity<?>> parts);

	@Override
	@GetExchange("/search_imports/{id}") @Envelope(value = "search_import", shape = Shape.RECORD_OR_IDENTIFIED_BODY)
	Mono<SearchImport> getImport(@PathVariable String id);

	private static Map<String, Object> withUid(String uid, Map<String, Object> fields) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("uid", Arguments.requireText(uid, "uid"));
		body.putAll(fields);
		return body;
	}

	/** At least one ID, none blank. */
	static List<String> requireIds(@Nullable List<String> ids) {
		Arguments.requireNonNull(ids, "ids");
		if (ids.isEmpty() || ids.stream().anyMatch((id) -> id == null || id.isBlank())) {
			throw new IllegalArgumentException("ids must hold at least one non-blank ID");
		}
		return List.copyOf(ids);
	}

}
